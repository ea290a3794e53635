package org.claimtracker.web;

/** A page asked for by an id, slug or code that names nothing stored; shown as the 404 page. */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String what) {
        super(what);
    }
}
