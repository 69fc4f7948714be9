package org.marsad.bench.load;

import java.time.LocalDate;

/**
 * Pages for the ingest client of a load run: short reports written for this project (illustrative, not news),
 * each made unique by its number, its place and its date, so that every one is a new page to the store.
 */
final class IngestPages {
    private static final String[] PLACES = {"حلب", "إدلب", "درعا", "حمص", "الرقة", "الموصل", "صنعاء", "طرابلس"};
    private static final String[] TEMPLATES = {
        "قصفت طائرات حربية أطراف مدينة %s صباح اليوم، ما أدى إلى مقتل %d أشخاص وإصابة آخرين بجروح.",
        "تظاهر مئات من سكان %s أمام مبنى المحافظة احتجاجاً على انقطاع الكهرباء للأسبوع رقم %d.",
        "اعتقلت قوات الأمن %2$d ناشطين في %1$s بعد مداهمة منازلهم فجر اليوم، بحسب ناشطين محليين.",
        "التقى وفد حكومي بممثلين عن وجهاء %s لبحث عودة النازحين، وهو اللقاء رقم %d منذ مطلع العام.",
    };

    private IngestPages() {
    }

    /** Page {@code n} as the JSON body of {@code POST /api/pages}. */
    static String json(long n) {
        return "{\"title\": \"" + title(n) + "\", \"published\": \"" + published(n)
                + "\", \"url\": \"https://example.org/r/" + n + "\", \"text\": \"" + text(n).replace("\n", "\\n")
                + "\"}";
    }

    /** The text of page {@code n}: two short reports, a blank line between them. */
    static String text(long n) {
        String place = PLACES[(int) (n % PLACES.length)];
        String first = String.format(TEMPLATES[(int) (n % TEMPLATES.length)], place, n % 40 + 2);
        String second = String.format(TEMPLATES[(int) ((n + 1) % TEMPLATES.length)], PLACES[(int) ((n + 3) % PLACES.length)],
                n % 17 + 2);
        return first + "\n\n" + second;
    }

    static String title(long n) {
        return "تقرير ميداني رقم " + n + " من " + PLACES[(int) (n % PLACES.length)];
    }

    static LocalDate published(long n) {
        return LocalDate.of(2024, 1, 1).plusDays(n % 365);
    }
}
