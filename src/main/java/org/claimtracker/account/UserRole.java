package org.claimtracker.account;

/** What an account may do: editors change data; admins also (the role hierarchy gives them every editor right). */
public enum UserRole {
    EDITOR, ADMIN
}
