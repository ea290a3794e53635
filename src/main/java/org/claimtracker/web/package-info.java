/**
 * The web site: server-rendered Thymeleaf pages over the feature packages' read models, with htmx for filtering
 * without full reloads. Controllers are package-private, page models are {@code XxxView} records, and entities never
 * reach a template. Every page works without JavaScript.
 */
package org.claimtracker.web;
