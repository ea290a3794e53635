package org.claimtracker.api;

/** Something a request names by id, slug or code does not exist; answered with 404. */
class NotFoundException extends RuntimeException {

    NotFoundException(String what, Object key) {
        super("no " + what + " '" + key + "'");
    }
}
