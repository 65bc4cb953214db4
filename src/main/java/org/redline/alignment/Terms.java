package org.redline.alignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms lexical similarity compares: Lucene's Unicode word tokenizer (numbers such as
 * {@code 600,000} stay one token, other scripts split by words), possessives dropped, lowercase,
 * accents folded, English stop words out, Porter's stemmer, so "compensated", "compensation" and
 * "compensates" meet. Meaning beyond shared words is the sentence model's job.
 */
final class Terms {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            var stream = new PorterStemFilter(new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(
                    new EnglishPossessiveFilter(source))), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
            return new TokenStreamComponents(source, stream);
        }
    };

    private Terms() {
    }

    static List<String> of(String text) {
        var terms = new ArrayList<String>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (var stream = ANALYZER.tokenStream("", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // 600,000 and 600.000 are one number
                var value = term.toString();
                terms.add(Character.isDigit(value.charAt(0)) ? value.replace(",", "").replace(".", "") : value);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return terms;
    }
}
