package org.marsad.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of the index and of queries: StandardTokenizer, lower case, decimal digits to ASCII, Arabic stop
 * words, Arabic normalisation (hamza forms of alef, alef maqsura, teh marbuta, diacritics and tatweel), the
 * light prefix cut of {@link ArabicPrefixFilter}, then Lucene's Arabic light stemmer for the suffixes.
 */
public final class ArabicSearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new DecimalDigitFilter(s);
        s = new StopFilter(s, ArabicAnalyzer.getDefaultStopSet());
        s = new ArabicNormalizationFilter(s);
        s = new ArabicPrefixFilter(s);
        s = new ArabicStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicNormalizationFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }
}
