package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.claimtracker.article.ArticleMetadata;
import org.claimtracker.article.PublicationDateSource;
import org.junit.jupiter.api.Test;

class MetadataTableTests {

    @Test
    void readsACsvTableWhoseHeaderNamesTheColumnsInAnyCaseAndOrder() {
        MetadataTable table = MetadataTable.parse("meta.csv", """
                Notes,Headline,FILE,Published,Publisher,Byline,Link
                "ignored, this",Putin sets out conditions,articles/008.txt,2025-03-13,BBC News,"Steve Rosenberg",https://www.bbc.com/news/x
                ,"Quoted, with a comma",009.txt,13 March,,,not a link
                """).orElseThrow();

        assertThat(table.forFile("008.txt")).isEqualTo(new ArticleMetadata("Putin sets out conditions", "BBC News",
                "Steve Rosenberg", "https://www.bbc.com/news/x", LocalDate.of(2025, 3, 13),
                PublicationDateSource.METADATA_TABLE));
        assertThat(table.forFile("009.txt")).isEqualTo(new ArticleMetadata("Quoted, with a comma", null, null, null,
                null, PublicationDateSource.NONE));
        assertThat(table.forFile("missing.txt")).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void readsATsvTableAndCutsTheProvenanceNoteAfterTheAddress() {
        MetadataTable table = MetadataTable.parse("MANIFEST.tsv", "file\tdate\toutlet\ttitle\tsource_address\tlicense\n"
                + "001_a.txt\t2025-02-10\tReuters\tRussia plays \"hardball\"\thttps://www.reuters.com/a-2025-02-10/ "
                + "(via GitHub someone/repo @c2b4a6f x.md)\tnone\n").orElseThrow();

        assertThat(table.forFile("001_a.txt")).isEqualTo(new ArticleMetadata("Russia plays \"hardball\"", "Reuters",
                null, "https://www.reuters.com/a-2025-02-10/", LocalDate.of(2025, 2, 10),
                PublicationDateSource.METADATA_TABLE));
    }

    @Test
    void aTableWithoutAFileColumnOrAnythingElseToUseIsNoMetadataTable() {
        assertThat(MetadataTable.parse("data.csv", "name,date\na.txt,2025-01-01\n")).isEmpty();
        assertThat(MetadataTable.parse("list.csv", "file,notes\na.txt,fine\n")).isEmpty();
    }
}
