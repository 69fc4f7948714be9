package org.marsad.eval.happenings;

import java.util.List;

/**
 * One report of the happenings gold: an event of the article gold (gold/ant), named by its corpus path and its
 * trigger's UTF-16 offsets into the file. {@code mentions} are the other trigger spans the coder listed for it,
 * {@code sentence} the span of the coded sentence holding the trigger ({@code null} when none holds it).
 * {@code occurrence} tells apart events a coder gave the same trigger (two places of one strike sentence): 0 for
 * the first in the file, 1 for the next; the happenings gold, which names reports by trigger, takes them in order.
 * {@code optional}: the article gold marks the event optional (vague, or a happening the article tells only as
 * context: "the chemical attack on Douma" in a report of the strikes that answered it).
 */
public record GoldReport(String path, int start, int end, int occurrence, String type, List<int[]> mentions,
                         int[] sentence, String split, String window, boolean optional) {
    public GoldReport {
        mentions = List.copyOf(mentions);
    }

    /** The key the happenings gold names a report by: path, trigger start and end. */
    public String key() {
        return key(path, start, end, occurrence);
    }

    public static String key(String path, int start, int end, int occurrence) {
        return path + "#" + start + "-" + end + (occurrence == 0 ? "" : "/" + occurrence);
    }

    /** Whether a span {@code [s, e)} overlaps the trigger or one of the listed mentions. */
    public boolean overlaps(int s, int e) {
        if (s < end && start < e) {
            return true;
        }
        for (int[] m : mentions) {
            if (s < m[1] && m[0] < e) {
                return true;
            }
        }
        return false;
    }

    /** Whether the offset lies in the trigger's sentence. */
    public boolean inSentence(int at) {
        return sentence != null && sentence[0] <= at && at < sentence[1];
    }
}
