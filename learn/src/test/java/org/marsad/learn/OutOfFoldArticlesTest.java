package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.eval.articles.CorpusPage;
import org.marsad.model.Event;

/**
 * {@code marsad eval articles --split train --decider oof}: each train article is decided by the model of the folds
 * that did not hold it, never by the model trained on everything, and a page outside the train part is refused.
 */
class OutOfFoldArticlesTest {
    /** Toy ANT pages of our own: a strike, an arrest, a meeting, a protest, a threat and a call, two sentences each. */
    private static final String[] BODIES = {
        "قصفت طائرات حربية قرية قرب حماة أمس وقتلت أربعة مدنيين.\nوقصفت الطائرات القرية نفسها مرة أخرى مساء أمس.",
        "واعتقلت الشرطة أمس عشرين شخصا في حي شعبي بالمدينة.\nوقال مسؤول إن المعتقلين سيحالون إلى القضاء.",
        "التقى وزير الخارجية الأردني نظيره المصري في عمان أمس.\nوبحث الوزيران العلاقات بين البلدين.",
        "تظاهر مئات الطلاب أمس أمام مبنى البرلمان في الرباط.\nورفع المتظاهرون لافتات تطالب بتحسين التعليم.",
        "هدد قائد ميليشيا مسلحة أمس بمهاجمة مواقع الجيش في الجنوب.\nوقال إن قواته مستعدة للقتال.",
        "طالب الأمين العام للأمم المتحدة أمس بوقف القتال في المدينة.\nودعا الأطراف إلى حماية المدنيين.",
        "قتل ثلاثة جنود في هجوم بعبوة ناسفة على دورية قرب الموصل أمس.\nولم تعلن جماعة مسؤوليتها عن التفجير حتى مساء أمس.",
        "فرضت الولايات المتحدة أمس عقوبات على خمس شركات إيرانية.\nوقالت الخزانة إن الشركات ساعدت الحرس الثوري.",
    };
    private static final String[] TYPES = {"ASSAULT", "COERCE", "CONSULT", "PROTEST", "THREATEN", "REQUEST", "ASSAULT", "SANCTION"};

    @TempDir
    static Path tmp;

    private static EventModelTraining training;
    private static final List<Page> PAGES = new ArrayList<>();

    @BeforeAll
    static void trainTheFolds() throws Exception {
        Path gold = tmp.resolve("gold");
        Files.createDirectories(gold.resolve("A"));
        StringBuilder manifest = new StringBuilder("# columns: path\tsha256\toutlet\twindow\tkind\tsplit\n");
        for (int i = 0; i < BODIES.length; i++) {
            String name = "TOY-" + i + "-20180414.txt";
            String doc = "<DOC>\n<TITLE>خبر رقم " + i + "</TITLE>\n<TIME>Sat, 14 Apr 2018 10:00:00 GMT</TIME>\n<TEXT>\n"
                    + BODIES[i] + "\n</TEXT>\n</DOC>\n";
            Path f = tmp.resolve("corpora/ANT/O/" + name);
            Files.createDirectories(f.getParent());
            Files.writeString(f, doc, StandardCharsets.UTF_8);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
            int t = doc.indexOf("<TEXT>") + 7;
            Files.writeString(gold.resolve("A/TOY-" + i + "-20180414.json"), "{\"schema\": \"marsad.gold-standoff/1\","
                    + " \"corpus\": \"ANT\", \"path\": \"O/" + name + "\", \"sha256\": \"" + sha + "\", \"published\":"
                    + " \"2018-04-14\",\n \"events\": [{\"type\": \"" + TYPES[i] + "\", \"status\": \"occurred\", \"actor\":"
                    + " null, \"recipient\": null, \"date\": \"2018-04-13\", \"trigger\": [" + t + ", " + (t + 4) + "],"
                    + " \"place\": null, \"dead\": null, \"optional\": false}],\n \"sentences\": []}\n");
            manifest.append("O/").append(name).append('\t').append(sha).append("\tO\tW1\tconflict\ttrain\n");
            PAGES.add(CorpusPage.read(f, new ArrayList<>()).orElseThrow());
        }
        Files.writeString(gold.resolve("manifest.tsv"), manifest.toString(), StandardCharsets.UTF_8);
        training = new EventModelTraining(Pipeline.standard(), null, gold, tmp.resolve("corpora"));
        assertEquals(List.of(), training.problems());
        assertEquals(BODIES.length, training.codedArticles());
    }

    @Test
    void eachTrainArticleIsDecidedByTheModelOfTheFoldsThatDidNotHoldIt() {
        Map<String, Integer> folds = training.foldsByPage();
        assertEquals(BODIES.length, folds.size());
        assertTrue(new HashSet<>(folds.values()).size() >= 2, "the toy articles fall in several folds: " + folds);
        Pipeline pipeline = Pipeline.standard();
        OutOfFoldArticles oof = new OutOfFoldArticles(pipeline, training, 0.0f);
        Pipeline everything = pipeline.withDecider(new org.marsad.core.decide.TrainedDecider(training.train().withThreshold(0.0f)));
        Set<Double> seenOutOfFold = new HashSet<>();
        Set<Double> seenInSample = new HashSet<>();
        for (Page page : PAGES) {
            Article main = CorpusPage.mainArticle(oof.split(page)).orElseThrow();
            LocalDate day = LocalDate.of(2018, 4, 14);
            int f = folds.get(page.docId());
            List<Event> got = oof.events(page, main, day);
            assertFalse(got.isEmpty(), "at threshold 0 every candidate is kept: " + page.origin());
            assertEquals(pipeline.withDecider(training.foldDecider(f, 0.0f)).events(page, main, day), got,
                    "decided by the model without fold " + f);
            got.forEach(e -> seenOutOfFold.add(e.confidence()));
            everything.events(page, main, day).forEach(e -> seenInSample.add(e.confidence()));
        }
        assertNotEquals(seenInSample, seenOutOfFold, "not the model trained on every article");
        // and the rules keep them all: the fold models decide, the candidates are the rules'
        Page first = PAGES.get(0);
        Article main = CorpusPage.mainArticle(oof.split(first)).orElseThrow();
        assertEquals(pipeline.withDecider(EventDecider.RULES).events(first, main, LocalDate.of(2018, 4, 14)).size(),
                oof.events(first, main, LocalDate.of(2018, 4, 14)).size());
    }

    @Test
    void aPageOutsideTheTrainPartIsRefusedByName() {
        OutOfFoldArticles oof = new OutOfFoldArticles(Pipeline.standard(), training, 0.5f);
        Page other = Page.of("elsewhere.txt", PageFormat.SCRAPED_TEXT, "عنوان\n\nقصفت طائرات قرية أمس.\n",
                new PageMeta(null, null, LocalDate.of(2018, 4, 14), null, null));
        Article a = oof.split(other).get(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> oof.events(other, a, LocalDate.of(2018, 4, 14)));
        assertTrue(e.getMessage().contains("elsewhere.txt") && e.getMessage().contains("train"), e.getMessage());
    }

    @Test
    void aFoldOutsideTheFiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> training.foldDecider(EventModelTraining.FOLDS, 0.5f));
    }
}
