/** Articles: the dated source texts every statement cites, stored once per distinct content. */
package org.claimtracker.article;
