package org.redline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic clause text: treaty-like sentences of 25-60 words with numbers such as
 * 600,000 and 50%, and small redrafting edits (words replaced, inserted, deleted) like the ones drafts
 * make. The same seed gives the same text in every JVM, so JMH forks, the git comparison and the
 * database prepopulation all see the same documents.
 */
public final class Corpus {

    private static final String[] WORDS = ("the parties shall agree that all forces will withdraw from territory within "
            + "days of signature under supervision of an international monitoring mission and any violation is to be "
            + "reported to the joint commission which may suspend sanctions security guarantees for ukraine russia "
            + "united states europe nato membership armed personnel limited to peacetime strength sovereignty of "
            + "each state confirmed non aggression pact between frozen assets reconstruction fund investment "
            + "humanitarian committee prisoners exchange civilians detainees children returned families reunited "
            + "elections held as soon as possible after ceasefire zaporizhzhia nuclear power plant electricity "
            + "divided equally dnipro river access black sea grain corridor demilitarised buffer zone line of "
            + "contact recognised de facto amnesty granted for acts committed during conflict board of peace chaired "
            + "by president enforcement legally binding memorandum ratified parliament referendum constitution "
            + "language minorities religious tolerance education programmes promote understanding cultures "
            + "eliminate racism prejudice energy cooperation pipelines exports long term economic development "
            + "arctic rare earth metals joint projects data centres artificial intelligence technology").split(" ");

    private Corpus() {
    }

    /** Clause {@code index} of the document seeded {@code seed}. */
    public static String clause(long seed, int index) {
        var random = new SplittableRandom(seed * 1_000_003L + index);
        int words = 25 + random.nextInt(36);
        var text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            int kind = random.nextInt(40);
            if (kind == 0) {
                text.append(100 + random.nextInt(900)).append(",000");
            } else if (kind == 1) {
                text.append(random.nextInt(100)).append('%');
            } else {
                text.append(WORDS[random.nextInt(WORDS.length)]);
            }
        }
        text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
        return text.append('.').toString();
    }

    public static List<String> clauses(long seed, int count) {
        var result = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            result.add(clause(seed, i));
        }
        return result;
    }

    /** A redrafting edit of a clause: one or two spans of 1-3 words replaced, inserted or deleted. */
    public static String edit(String text, long seed) {
        var random = new SplittableRandom(seed);
        var words = new ArrayList<>(List.of(text.split(" ")));
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && words.size() > 6; e++) {
            int at = 2 + random.nextInt(words.size() - 4);
            int span = 1 + random.nextInt(3);
            switch (random.nextInt(3)) {
                case 0 -> {
                    for (int i = 0; i < span && at + i < words.size() - 1; i++) {
                        words.set(at + i, WORDS[random.nextInt(WORDS.length)] + "ed");
                    }
                }
                case 1 -> {
                    for (int i = 0; i < span; i++) {
                        words.add(at, WORDS[random.nextInt(WORDS.length)]);
                    }
                }
                default -> {
                    for (int i = 0; i < span && words.size() > 6; i++) {
                        words.remove(at);
                    }
                }
            }
        }
        var edited = String.join(" ", words);
        return edited.equals(text) ? text + " amended" : edited;
    }

    /** {@code count} words in one text, single-spaced. */
    public static String words(long seed, int count) {
        var random = new SplittableRandom(seed);
        var text = new StringBuilder(count * 8);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
