package org.claimtracker.account;

/** What an account may do: editors change data; admins also, holding both roles. */
public enum UserRole {
    EDITOR, ADMIN
}
