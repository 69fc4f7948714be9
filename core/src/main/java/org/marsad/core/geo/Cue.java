package org.marsad.core.geo;

/**
 * Words that introduce or qualify a place name in a locative phrase, from {@code locatives.tsv}.
 * {@link #strong()} cues make even a common word a place ("قرية الخميس"); a preposition only lets a minor place in.
 */
public enum Cue {
    /** في، داخل (and an attached ب). */
    PREPOSITION,
    /** إلى: lets a minor place in but ends a phrase ("من تل أبيب إلى القدس" names two places). */
    TOWARDS,
    /** مدينة، بلدة، قرية، حي. */
    SETTLEMENT,
    /** محافظة، ولاية، منطقة، إقليم. */
    ADMIN,
    /** ريف. */
    RURAL,
    /** شمال، جنوب شرقي. */
    DIRECTION,
    /** قرب، بالقرب من، أطراف، محيط. */
    NEAR,
    /** مخيم، معبر، مطار. */
    SITE,
    /** الشرقي، الجنوبي الغربي after a place ("ريف حلب الشرقي"); never introduces a name. */
    ADJECTIVE,
    /** التابعة ل، الواقعة في: links a place to the larger one that contains it. */
    LINK;

    public boolean strong() {
        return this != PREPOSITION && this != TOWARDS && this != ADJECTIVE && this != LINK;
    }

    /** A cue after which the next words are a settlement's name even when the gazetteer lacks it. */
    public boolean namesSettlement() {
        return this == SETTLEMENT || this == SITE;
    }
}
