package org.claimtracker.web;

/**
 * Keeps where files live on the server off public pages: a reason such as "cannot read file: /srv/in/a.txt" is
 * shown to anonymous readers as "cannot read file: a.txt".
 */
final class ServerPaths {

    private ServerPaths() {
    }

    static String hide(String text, String path, String fileName) {
        if (text == null) {
            return null;
        }
        String hidden = text;
        if (path != null && !path.isEmpty()) {
            hidden = hidden.replace(path, fileName);
            int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
            if (slash > 0) {
                hidden = hidden.replace(path.substring(0, slash + 1), "");
            }
        }
        // any other absolute path (a folder named in an I/O error): its last segment only
        return hidden.replaceAll("(?<![\\w./:])(?:/[^/\\s:]+)+/([^/\\s:]+)", "$1");
    }
}
