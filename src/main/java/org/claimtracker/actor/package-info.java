/** Actors: the people and bodies who speak, their aliases, and the roles articles give them. */
package org.claimtracker.actor;
