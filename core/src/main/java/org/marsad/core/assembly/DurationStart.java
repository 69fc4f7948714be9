package org.marsad.core.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.event.TriggerHit;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.text.Token;
import org.marsad.model.Event;
import org.marsad.model.EventDate;

/**
 * "منذ" after a verb in the imperfect tells how long something has gone on, not when it happened: "وتتوعد العواصم
 * منذ يومين بالرد" threatens for two days now, an ongoing threat with no day of its own ("قصفت الطائرات البلدة منذ
 * يومين", a perfect verb, happened two days ago and keeps its day). Such an event loses the day and is dated as an
 * event its text gives no date. Applied to the article's events once decided and merged (the candidates' dates,
 * which the decider reads, stay). Stateless.
 */
final class DurationStart {
    private DurationStart() {
    }

    static List<Event> dropped(List<Event> events, Candidates candidates) {
        Map<Integer, Candidate> bySentence = null;
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            EventDate d = e.date();
            if (d.text() == null || !since(d.text()) || d.start() == null || d.start() < e.sentence().start()
                    || d.end() > e.sentence().end()) {
                continue;
            }
            if (bySentence == null) {
                bySentence = new HashMap<>();
                for (Candidate c : candidates.list()) {
                    bySentence.putIfAbsent(c.at().sentence().start(), c);
                }
            }
            Candidate c = bySentence.get(e.sentence().start());
            if (c == null || !imperfect(e, c)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.set(i, e.merged(e.actor(), e.recipient(), EventDate.UNKNOWN, e.location(), e.size(), e.mentions()));
        }
        return out == null ? events : out;
    }

    /** Whether the date expression opens with منذ (also with a conjunction: ومنذ). */
    static boolean since(String text) {
        String t = text.strip();
        return t.startsWith("منذ") || t.startsWith("ومنذ");
    }

    /** Whether the event's trigger is a verb in the imperfect (no future prefix). */
    static boolean imperfect(Event e, Candidate c) {
        List<Token> tokens = c.at().sentence().tokens();
        for (TriggerHit h : c.reading().triggers()) {
            if (h.first() >= 0 && h.first() < tokens.size() && tokens.get(h.first()).start() == e.trigger().start()) {
                return h.imperfect();
            }
        }
        return false;
    }
}
