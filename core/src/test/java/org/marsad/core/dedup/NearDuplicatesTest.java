package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** Pages of this test's own: a story, its republication, another story carrying its opening, an unrelated one. */
class NearDuplicatesTest {
    private static final String LEAD = "قتل ستة مدنيين وأصيب عشرون آخرون في قصف مدفعي استهدف سوقا شعبيا في مدينة "
            + "خان يونس صباح اليوم الاثنين.";
    private static final String STORY = LEAD + " وقال شهود عيان إن القذائف سقطت على المحال التجارية في ساعة الذروة، "
            + "وإن سيارات الإسعاف نقلت الجرحى إلى مستشفى ناصر. وأضاف مسؤول محلي أن فرق الدفاع المدني ما زالت "
            + "تبحث عن مفقودين تحت الأنقاض.";
    private static final String REPUBLISHED = "خاص: " + STORY.replace("صباح اليوم", "صباح يوم") + " المصدر: وكالات.";
    private static final String CARRIER = "أعلنت وزارة الصحة افتتاح قسم جديد للأطفال في المستشفى الحكومي بعد أشهر "
            + "من أعمال الترميم، وقال الوزير إن القسم يتسع لخمسين سريرا. " + LEAD;
    private static final String OTHER = "تظاهر مئات الطلاب أمام مبنى الجامعة في العاصمة احتجاجا على رفع الرسوم "
            + "الدراسية، ورفعوا لافتات تطالب بإلغاء القرار.";

    @Test
    void aRepublishedPageIsOneTextAndADifferentStoryIsNot() {
        NearDuplicates d = new NearDuplicates(Sources.SAME);
        d.add("a", STORY);
        d.add("b", REPUBLISHED);
        d.add("c", OTHER);
        d.add("d", CARRIER);
        assertEquals("a", d.groupOf("b"), "similarity " + d.similarity("a", "b"));
        assertEquals("c", d.groupOf("c"));
        assertEquals("d", d.groupOf("d"), "carrying one paragraph does not make the page a copy");
    }

    @Test
    void nearDuplicatePagesAndACarriedSentenceAreOneSource() {
        // four pages tell the market shelling: the story, its republication, a page carrying its lead, and an
        // independent report in words of its own
        String own = "أفادت مصادر طبية بمقتل ستة أشخاص جراء سقوط قذائف على سوق وسط خان يونس.";
        Event a = report("d-a", STORY, LEAD);
        Event b = report("d-b", REPUBLISHED, LEAD.replace("صباح اليوم", "صباح يوم"));
        Event c = report("d-c", CARRIER, LEAD);
        Event d = report("d-d", own, own);
        Sources sources = new Sources();
        sources.page("d-a", STORY, List.of(a));
        sources.page("d-b", REPUBLISHED, List.of(b));
        sources.page("d-c", CARRIER, List.of(c));
        sources.page("d-d", own, List.of(d));
        assertEquals(sources.of(a), sources.of(b));
        assertEquals(sources.of(a), sources.of(c));
        assertNotEquals(sources.of(a), sources.of(d));
        List<EventCluster> clusters = new EventClusterer(sources::of).cluster(List.of(a, b, c, d));
        assertEquals(1, clusters.size());
        assertEquals(4, clusters.get(0).docs());
        assertEquals(2, clusters.get(0).sources(), "three copies of one text and one own report");
        assertEquals(4, new EventClusterer().cluster(List.of(a, b, c, d)).get(0).sources(), "without the groups");
    }

    @Test
    void candidatesGrowWithTheTextsNotTheirPairs() {
        Random r = new Random(5);
        String[] words = {"قصف", "مدينة", "قتل", "جرحى", "سوق", "مستشفى", "الجيش", "قوات", "اليوم", "أمس", "شارع",
            "حي", "مدرسة", "طريق", "سيارة", "منزل", "مسجد", "جسر", "قرية", "نهر", "جبل", "ميناء", "مطار", "معبر"};
        NearDuplicates d = new NearDuplicates(Sources.SAME);
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            StringBuilder t = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                t.append(words[r.nextInt(words.length)]).append(' ');
            }
            d.add("t" + i, t.toString());
        }
        long pairs = (long) n * (n - 1) / 2;
        assertTrue(d.verified() < pairs / 50, d.verified() + " of " + pairs + " pairs verified");
    }

    private static Event report(String doc, String page, String sentence) {
        int at = page.indexOf(sentence);
        Trigger t = new Trigger(sentence.substring(0, 3), at, at + 3);
        EventDate date = new EventDate("2024-06-03", DatePrecision.DAY, null, null, null);
        return new Event(Event.idFor(doc, 0, t, EventType.ASSAULT), doc, 0, EventType.ASSAULT, null, List.of(), null,
                null, EventStatus.OCCURRED, null, null, t, date, Reports.place("خان يونس", 31.34, 34.31, 1),
                new Size(6, null, null, null, false), new Span(at, at + sentence.length()),
                new Source(null, doc + ".example", "2024-06-03", null), "test", 0.8);
    }

    @Test
    void aPrintsShinglesAreThoseOfSplittingTheNormalisedTextIntoWords() {
        List<String> texts = List.of(STORY, REPUBLISHED, CARRIER, OTHER, "", "  ،؛ ... ", "كلمة", "كلمتان فقط",
                "قُتِلَ ٣ أشخاص و25 جريحاً في 2024-11-09!!", "Mixed لغة text, ½ و Ⅻ و x²",
                "حرف\uD835\uDC00تكميلي ومعزول\uD800هنا", "ـــ تطويل ـــ", "a-b_c d'e", "قصف قصف قصف قصف قصف قصف");
        for (String t : texts) {
            long[] expected = reference(t);
            long[] got = NearDuplicates.print(t).shingles();
            assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(got), t);
            assertEquals(got.length == 0, NearDuplicates.print(t).bands().isEmpty(), t);
        }
        assertEquals(NearDuplicates.BANDS, NearDuplicates.print(STORY).bands().size());
    }

    /**
     * The band keys are those of a MinHash signature made the plain way (per shingle and seed, the least {@code
     * mix(shingle ^ seed)}, seeds from SplitMix64's sequence) and written with {@link StringBuilder}; {@link
     * NearDuplicates.Print#bandChars} gives each key's characters without the string.
     */
    @Test
    void aPrintsBandsAreThoseOfThePlainMinHashAndItsBandCharsSpellThem() {
        List<String> texts = List.of(STORY, REPUBLISHED, CARRIER, OTHER, "كلمة", "كلمتان فقط", "",
                "قُتِلَ ٣ أشخاص و25 جريحاً في 2024-11-09!!");
        Random r = new Random(11);
        List<String> all = new java.util.ArrayList<>(texts);
        for (int i = 0; i < 20; i++) {
            StringBuilder t = new StringBuilder();
            for (int w = 0; w < 1 + r.nextInt(60); w++) {
                t.append("كلمة").append(r.nextInt(500)).append(' ');
            }
            all.add(t.toString());
        }
        for (String t : all) {
            NearDuplicates.Print p = NearDuplicates.print(t);
            List<String> expected = plainBands(p.shingles());
            assertEquals(expected, p.bands(), t);
            assertEquals(expected.size(), p.bandCount(), t);
            for (int b = 0; b < expected.size(); b++) {
                StringBuilder spelt = new StringBuilder();
                p.bandChars(b, spelt::append);
                assertEquals(expected.get(b), spelt.toString(), t);
            }
        }
        assertTrue(all.stream().anyMatch(t -> NearDuplicates.print(t).bands().stream().anyMatch(b -> b.contains("-"))),
                "negative values are spelt too");
    }

    private static List<String> plainBands(long[] shingles) {
        if (shingles.length == 0) {
            return List.of();
        }
        long[] seeds = new long[NearDuplicates.HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            x += 0x9E3779B97F4A7C15L;
            seeds[i] = splitMix(x);
        }
        long[] sig = new long[NearDuplicates.HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < sig.length; i++) {
                long v = splitMix(s ^ seeds[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        int rows = NearDuplicates.HASHES / NearDuplicates.BANDS;
        List<String> out = new java.util.ArrayList<>();
        for (int b = 0; b < NearDuplicates.BANDS; b++) {
            StringBuilder key = new StringBuilder().append(b);
            for (int k = 0; k < rows; k++) {
                key.append(':').append(sig[b * rows + k]);
            }
            out.add(key.toString());
        }
        return out;
    }

    private static long splitMix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The shingles as the splitting pattern gives the words, hashed as the class hashes them, sorted, once each. */
    private static long[] reference(String text) {
        String folded = new org.marsad.core.text.ArabicNormalizer().normalize(text);
        List<String> words = new java.util.ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        java.util.TreeSet<Long> out = new java.util.TreeSet<>();
        int n = Math.max(1, words.size() - NearDuplicates.WORDS + 1);
        for (int i = 0; i < n && !words.isEmpty(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(words.size(), i + NearDuplicates.WORDS); j++) {
                for (int k = 0; k < words.get(j).length(); k++) {
                    h = 31 * h + words.get(j).charAt(k);
                }
                h = 31 * h + ' ';
            }
            long z = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            out.add(z ^ (z >>> 31));
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
