package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.core.testing.LinearCost;

class NameGroupTest {
    /** The regular expression the scan replaced, kept here to prove the scan finds what it found. */
    private static final Pattern OLD = Pattern.compile("\\s*([^()«»]{2,40}|«[^«»]{1,30}»)\\s*\\(([^()]{1,30})\\)");
    private static final String[] PIECES = {"سمير", "حداد", "«", "»", "(", ")", " ", " ", "   ", "\t", "بيروت", "x",
        "ab", "«الشرق الأوسط»", "(عمّان)", "أ.ف.ب", "1", "-", "، ", "كلمة طويلة جدا جدا جدا جدا جدا", ""};

    /** What the old loop read at {@code at}: the group that find() gave if it started there. */
    private static NameGroup old(String text, int at) {
        Matcher m = OLD.matcher(text);
        if (!m.find(at) || m.start() != at) {
            return null;
        }
        return new NameGroup(m.group(1).strip(), m.group(2), m.end());
    }

    @Test
    void findsWhatTheRegularExpressionFoundOnRandomLines() {
        Random r = new Random(20261207L);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(14);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            for (int at = 0; at <= text.length(); at++) {
                assertEquals(old(text, at), NameGroup.at(text, at), "at " + at + " in [" + text + "]");
            }
        }
    }

    @Test
    void readsBylineGroups() {
        NameGroup g = NameGroup.at("هدى الساعدي (بغداد) ليلى سعد (الدوحة)", 0);
        assertEquals(new NameGroup("هدى الساعدي", "بغداد", 19), g);
        assertEquals(new NameGroup("ليلى سعد", "الدوحة", 37), NameGroup.at("هدى الساعدي (بغداد) ليلى سعد (الدوحة)", 19));
        assertEquals("«الشرق الأوسط»", NameGroup.at("«الشرق الأوسط» (الرباط)", 0).name());
        assertNull(NameGroup.at("اسم طويل جدا يتجاوز أربعين حرفا من غير أي قوس في منتصفه (بغداد)", 0));
    }

    /** Before the scan, a line of spaces ending in ")" took time cubic in its spaces (7.7 KB: 44 s). */
    @Test
    void aLineOfSpacesEndingInAParenthesisIsClassifiedInLinearTime() {
        LineClassifier classifier = new LineClassifier(PageCues.standard());
        LinearCost.assertLinear("spaces then ')'", n -> {
            Line line = Line.of("كلمة أخرى" + " ".repeat(n) + ")").get(0);
            return () -> classifier.kindOf(line);
        }, 300, 1200);
        LinearCost.assertLinear("name groups then spaces", n -> {
            Line line = Line.of("سمير حداد (بيروت)" + "    x".repeat(n / 5) + " )").get(0);
            return () -> classifier.kindOf(line);
        }, 300, 1200);
    }
}
