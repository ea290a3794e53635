package org.claimtracker.web;

/** A page asked for by an id, slug or code that names nothing stored; shown as the 404 page. */
class PageNotFoundException extends RuntimeException {

    /** @param kind what was asked for ("speaker"), @param key by which id, slug or code */
    PageNotFoundException(String kind, Object key) {
        super("There is no " + kind + " “" + key + "” in Claim Tracker.");
    }
}
