package org.claimtracker.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRole;
import org.claimtracker.actor.ActorRoleRepository;
import org.claimtracker.article.Article;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.TextSpan;
import org.claimtracker.statement.Statement;
import org.claimtracker.support.TestData;

/**
 * A small corpus written for the web tests: three outlets, three speakers (one with aliases and a role), positions
 * on the headline topics, a change of stance, a quote split by its attribution, and one quote reported twice.
 */
final class SampleCorpus {

    final Article ap;
    final Article bbc;
    final Article reuters;
    final Actor zelensky;
    final Actor putin;
    final Actor trump;
    final Statement zelenskyReady;
    final Statement zelenskyGuarantees;
    final Statement putinNuances;
    final Statement putinNo;
    final Statement putinNuancesAgain;
    final Statement trumpDeal;
    final Statement unattributed;

    SampleCorpus(TestData data, ActorRoleRepository roles) {
        ap = data.article("2025-03-01-ap.txt", "AP", LocalDate.of(2025, 3, 1), """
                Ukrainian President Volodymyr Zelensky spoke in London.
                “We are ready to sign the minerals agreement,” Zelensky said, “and it will be the first step toward security guarantees.”
                “A ceasefire without security guarantees is dangerous,” he added.""");
        bbc = data.article("2025-03-13-bbc.txt", "BBC", LocalDate.of(2025, 3, 13), """
                Vladimir Putin answered the US proposal.
                “We agree with the idea of a ceasefire, but there are nuances,” Putin said.
                Officials said “talks will go on” without naming anyone.""");
        reuters = data.article("2025-04-02-reuters.txt", "Reuters", LocalDate.of(2025, 4, 2), """
                The Kremlin hardened its line.
                “There will be no ceasefire while weapons flow,” Putin said.
                Putin repeated: “We agree with the idea of a ceasefire, but there are nuances.”
                Donald Trump said “the minerals deal is done and it is great.”""");
        zelensky = data.actor("Volodymyr Zelensky", ActorKind.PERSON, "Zelenskyy", "the Ukrainian leader");
        putin = data.actor("Vladimir Putin", ActorKind.PERSON, "Putin");
        trump = data.actor("Donald Trump", ActorKind.PERSON);
        roles.save(new ActorRole(zelensky, ap, "Ukrainian President", 0, 19));

        String apBody = ap.getBody();
        int firstStart = apBody.indexOf("We are ready");
        int secondStart = apBody.indexOf("and it will be");
        String second = "and it will be the first step toward security guarantees.";
        zelenskyReady = data.statement(ap, zelensky,
                "We are ready to sign the minerals agreement, and it will be the first step toward security guarantees.",
                List.of(new TextSpan(firstStart, firstStart + "We are ready to sign the minerals agreement,".length()),
                        new TextSpan(secondStart, secondStart + second.length())),
                Map.of("MINERALS_DEAL", Stance.SUPPORTS, "SECURITY_GUARANTEES", Stance.SUPPORTS));
        zelenskyGuarantees = data.statement(ap, zelensky, "A ceasefire without security guarantees is dangerous,",
                Map.of("CEASEFIRE", Stance.CONDITIONAL));
        putinNuances = data.statement(bbc, putin, "We agree with the idea of a ceasefire, but there are nuances,",
                Map.of("CEASEFIRE", Stance.CONDITIONAL));
        unattributed = data.statement(bbc, null, "talks will go on", Map.of());
        putinNo = data.statement(reuters, putin, "There will be no ceasefire while weapons flow,",
                Map.of("CEASEFIRE", Stance.OPPOSES));
        putinNuancesAgain = data.statement(reuters, putin,
                "We agree with the idea of a ceasefire, but there are nuances.", Map.of("CEASEFIRE", Stance.CONDITIONAL));
        trumpDeal = data.statement(reuters, trump, "the minerals deal is done and it is great.",
                Map.of("MINERALS_DEAL", Stance.SUPPORTS));
    }
}
