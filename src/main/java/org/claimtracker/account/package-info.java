/** Editor and admin accounts stored in PostgreSQL with bcrypt hashes, and the {@code user} command. */
package org.claimtracker.account;
