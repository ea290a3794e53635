package org.claimtracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerPathsTests {

    @Test
    void replacesTheFilesPathAndAnyOtherAbsolutePathByItsLastName() {
        assertThat(ServerPaths.hide("cannot read file: /srv/in/a.txt", "/srv/in/a.txt", "a.txt"))
                .isEqualTo("cannot read file: a.txt");
        assertThat(ServerPaths.hide("cannot list /srv/data/inbox: denied", "/srv/in/a.txt", "a.txt"))
                .isEqualTo("cannot list inbox: denied");
    }

    @Test
    void leavesWebAddressesAndRelativeNamesAlone() {
        assertThat(ServerPaths.hide("malformed url header 'ftp://host/x/y'", "/srv/in/a.txt", "a.txt"))
                .isEqualTo("malformed url header 'ftp://host/x/y'");
        assertThat(ServerPaths.hide("not an article: a JSON data file", null, "a.json"))
                .isEqualTo("not an article: a JSON data file");
    }
}
