package org.medadwatch.detect.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over a fixed set of phrases, compiled to a dense transition
 * table over the phrases' own alphabet, so one pass over a text finds every occurrence of
 * every phrase at a cost that does not grow with the number of phrases.
 */
public final class PhraseAutomaton {
    /** Receives one occurrence: the phrase's index in the build list and the end offset (exclusive). */
    @FunctionalInterface
    public interface HitSink {
        void hit(int phrase, int end);
    }

    private final char[] alphabet;      // char -> class (0 = in no phrase)
    private final int width;            // classes + 1
    private final int[] delta;          // state * width + class -> state, when states do not fit a char
    private final char[] compact;       // the same table in half the memory, when they do (the usual case)
    private final int[][] outputs;      // state -> phrases ending here (incl. suffixes), or null
    private final int[] lengths;        // phrase -> length

    private PhraseAutomaton(char[] alphabet, int width, int[] delta, int[][] outputs, int[] lengths) {
        this.alphabet = alphabet;
        this.width = width;
        // The table is read at random for every character: half the bytes is half the cache misses.
        if (outputs.length <= Character.MAX_VALUE) {
            this.compact = new char[delta.length];
            for (int i = 0; i < delta.length; i++) {
                compact[i] = (char) delta[i];
            }
            this.delta = null;
        } else {
            this.compact = null;
            this.delta = delta;
        }
        this.outputs = outputs;
        this.lengths = lengths;
    }

    public static PhraseAutomaton build(List<String> phrases) {
        char[] alphabet = new char[0x10000];
        int classes = 0;
        for (String p : phrases) {
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (alphabet[c] == 0) {
                    alphabet[c] = (char) ++classes;
                }
            }
        }
        int width = classes + 1;
        List<Map<Character, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new HashMap<>());
        ends.add(new ArrayList<>());
        int[] lengths = new int[phrases.size()];
        for (int id = 0; id < phrases.size(); id++) {
            String p = phrases.get(id);
            lengths[id] = p.length();
            int state = 0;
            for (int i = 0; i < p.length(); i++) {
                Integer next = trie.get(state).get(p.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.get(state).put(p.charAt(i), next);
                    trie.add(new HashMap<>());
                    ends.add(new ArrayList<>());
                }
                state = next;
            }
            ends.get(state).add(id);
        }
        int states = trie.size();
        int[] delta = new int[states * width];
        int[] fail = new int[states];
        int[][] outputs = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        // Breadth first: a state's failure target is complete before the state itself.
        for (Map.Entry<Character, Integer> e : trie.get(0).entrySet()) {
            delta[alphabet[e.getKey()]] = e.getValue();
            queue.add(e.getValue());
        }
        outputs[0] = null;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int f = fail[s];
            List<Integer> own = ends.get(s);
            int[] inherited = outputs[f];
            if (!own.isEmpty() || inherited != null) {
                int[] out = new int[own.size() + (inherited == null ? 0 : inherited.length)];
                for (int i = 0; i < own.size(); i++) {
                    out[i] = own.get(i);
                }
                if (inherited != null) {
                    System.arraycopy(inherited, 0, out, own.size(), inherited.length);
                }
                outputs[s] = out;
            }
            System.arraycopy(delta, f * width, delta, s * width, width);
            for (Map.Entry<Character, Integer> e : trie.get(s).entrySet()) {
                int child = e.getValue();
                int cls = alphabet[e.getKey()];
                fail[child] = delta[f * width + cls];
                delta[s * width + cls] = child;
                queue.add(child);
            }
        }
        return new PhraseAutomaton(alphabet, width, delta, outputs, lengths);
    }

    /** Reports every occurrence of every phrase in {@code text}. */
    public void scan(String text, HitSink sink) {
        if (compact == null) {
            scanWide(text, sink);
            return;
        }
        int state = 0;
        final char[] alpha = alphabet;
        final char[] d = compact;
        final int w = width;
        final int[][] outs = outputs;
        for (int i = 0, n = text.length(); i < n; i++) {
            int cls = alpha[text.charAt(i)];
            state = cls == 0 ? 0 : d[state * w + cls];
            int[] out = outs[state];
            if (out != null) {
                for (int p : out) {
                    sink.hit(p, i + 1);
                }
            }
        }
    }

    private void scanWide(String text, HitSink sink) {
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int cls = alphabet[text.charAt(i)];
            state = cls == 0 ? 0 : delta[state * width + cls];
            int[] out = outputs[state];
            if (out != null) {
                for (int p : out) {
                    sink.hit(p, i + 1);
                }
            }
        }
    }

    /** Counts occurrences; the bare scan that benchmarks compare the full matcher against. */
    public long count(String text) {
        long[] hits = {0};
        scan(text, (p, end) -> hits[0]++);
        return hits[0];
    }

    public int phraseLength(int phrase) {
        return lengths[phrase];
    }

    public int phraseCount() {
        return lengths.length;
    }

    public int stateCount() {
        return outputs.length;
    }

    @Override
    public String toString() {
        return "PhraseAutomaton[phrases=" + lengths.length + ", states=" + outputs.length
                + ", alphabet=" + (width - 1) + ", table=" + (compact != null ? compact.length : delta.length) + "]";
    }
}
