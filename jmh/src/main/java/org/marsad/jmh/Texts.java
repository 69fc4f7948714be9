package org.marsad.jmh;

import java.time.LocalDate;
import java.util.List;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;

/** The benchmarks' input: sentences written for them (no news text), and a page made of them. */
final class Texts {
    static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 12);

    static final List<String> SENTENCES = List.of(
            "قُتل خمسة مدنيين وأصيب ١٢ آخرون، يوم الأحد، بقصف مدفعي استهدف قرية في ريف إدلب الجنوبي.",
            "وقال المتحدث باسم وزارة الخارجية المصرية إن الوزير سيلتقي نظيره التركي في القاهرة الأسبوع المقبل.",
            "وتظاهر مئات الطلاب أمام مبنى البرلمان في تونس للمطالبة بالإفراج عن زملائهم المعتقلين منذ 3 آذار الماضي.",
            "وأعلن الجيش الإسرائيلي أنه اعتقل 15 فلسطينياً خلال مداهمات في مدينة جنين ومخيمها فجر الثلاثاء.",
            "وفرضت الولايات المتحدة عقوبات جديدة على شركات لنقل النفط، بحسب بيان لوزارة الخزانة الأميركية أمس.",
            "واندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في طرابلس أسفرت عن مقتل ثلاثة أشخاص على الأقل.",
            "ودعا الرئيس الفرنسي إلى وقف فوري لإطلاق النار واستئناف المفاوضات بين الطرفين في أقرب وقت.",
            "وانسحبت القوات الأميركية من قاعدة عسكرية شرق دير الزور، في الخامس عشر من شباط 2024، وفق مصادر محلية.",
            "وهددت جماعة الحوثي باستهداف السفن التجارية في البحر الأحمر إذا استمرت الغارات على اليمن.",
            "وأكدت الحكومة العراقية أن نحو ألفي عائلة نزحت من قضاء سنجار خلال الشهرين الماضيين.");

    private Texts() {
    }

    /** A page: a title line, then the sentences as two paragraphs. */
    static Page page() {
        StringBuilder b = new StringBuilder("اشتباكات وقصف في عدة مدن\n\n");
        for (int i = 0; i < SENTENCES.size(); i++) {
            b.append(SENTENCES.get(i)).append(i == SENTENCES.size() / 2 ? "\n\n" : " ");
        }
        return Page.of("jmh", PageFormat.SCRAPED_TEXT, b.toString(), new PageMeta(null, null, PUBLISHED, null));
    }
}
