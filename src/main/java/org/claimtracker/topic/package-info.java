/** Topics: the subjects statements take positions on, with their labels and descriptions. */
package org.claimtracker.topic;
