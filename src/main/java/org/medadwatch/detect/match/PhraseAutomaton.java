package org.medadwatch.detect.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over a fixed set of phrases, so one pass over a text finds every
 * occurrence of every phrase at a cost that does not grow with the number of phrases.
 *
 * <p>The transition function is stored as the root's row plus, for every other state, only the
 * transitions where it differs from the root's (its own edges and those its failure chain lends
 * it): a few per state. A dense table over the phrases' alphabet held the same function in 17 MB
 * for the shipped anchors, too big for any cache, so every character cost a miss and verification
 * between pages evicted the rest; this form fits in a few hundred kilobytes.
 */
public final class PhraseAutomaton {
    /** Receives one occurrence: the phrase's index in the build list and the end offset (exclusive). */
    @FunctionalInterface
    public interface HitSink {
        void hit(int phrase, int end);
    }

    /** Own edges up to this many are searched one by one; longer runs by halving. */
    private static final int LINEAR_SEARCH = 8;
    private final char[] alphabet;      // char -> class (0 = in no phrase)
    private final int[] rootNext;       // class -> the state the root goes to
    private final int[] edgesFrom;      // state -> its first edge; state + 1 -> past its last
    private final char[] edgeClass;     // each state's edges, ascending by class
    private final int[] edgeTarget;
    private final long[] edgeMask;      // state -> bit (class mod 64) set for each of its edges' classes
    private final int[][] outputs;      // state -> phrases ending here (incl. suffixes), or null
    private final int[] lengths;        // phrase -> length

    private PhraseAutomaton(char[] alphabet, int[] rootNext, int[] edgesFrom, char[] edgeClass, int[] edgeTarget,
                            int[][] outputs, int[] lengths) {
        this.alphabet = alphabet;
        this.rootNext = rootNext;
        this.edgesFrom = edgesFrom;
        this.edgeClass = edgeClass;
        this.edgeTarget = edgeTarget;
        this.edgeMask = new long[edgesFrom.length - 1];
        for (int s = 0; s < edgeMask.length; s++) {
            for (int e = edgesFrom[s]; e < edgesFrom[s + 1]; e++) {
                edgeMask[s] |= 1L << edgeClass[e];
            }
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
                    if (classes == Character.MAX_VALUE) {
                        throw new IllegalArgumentException("more distinct characters than classes");
                    }
                    alphabet[c] = (char) ++classes;
                }
            }
        }
        // The trie: each state's children by class, ascending.
        List<TreeMap<Integer, Integer>> trie = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        trie.add(new TreeMap<>());
        ends.add(new ArrayList<>());
        int[] lengths = new int[phrases.size()];
        for (int id = 0; id < phrases.size(); id++) {
            String p = phrases.get(id);
            lengths[id] = p.length();
            int state = 0;
            for (int i = 0; i < p.length(); i++) {
                int cls = alphabet[p.charAt(i)];
                Integer next = trie.get(state).get(cls);
                if (next == null) {
                    next = trie.size();
                    trie.get(state).put(cls, next);
                    trie.add(new TreeMap<>());
                    ends.add(new ArrayList<>());
                }
                state = next;
            }
            ends.get(state).add(id);
        }
        int states = trie.size();
        int[] rootNext = new int[classes + 1];
        trie.get(0).forEach((cls, child) -> rootNext[cls] = child);
        int[] fail = new int[states];
        int[][] ownClasses = new int[states][];
        int[][] ownTargets = new int[states][];
        ownClasses[0] = new int[0];
        ownTargets[0] = new int[0];
        int[][] outputs = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>(trie.get(0).values());
        // Breadth first: a state's failure target is complete before the state itself.
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int f = fail[s];
            outputs[s] = concat(ends.get(s), outputs[f]);
            // s goes where its failure state goes, except along its own children
            TreeMap<Integer, Integer> merged = new TreeMap<>();
            for (int k = 0; k < ownClasses[f].length; k++) {
                merged.put(ownClasses[f][k], ownTargets[f][k]);
            }
            merged.putAll(trie.get(s));
            ownClasses[s] = merged.keySet().stream().mapToInt(Integer::intValue).toArray();
            ownTargets[s] = merged.values().stream().mapToInt(Integer::intValue).toArray();
            for (var child : trie.get(s).entrySet()) {
                fail[child.getValue()] = next(f, child.getKey(), rootNext, ownClasses, ownTargets);
                queue.add(child.getValue());
            }
        }
        int[] edgesFrom = new int[states + 1];
        for (int s = 0; s < states; s++) {
            edgesFrom[s + 1] = edgesFrom[s] + ownClasses[s].length;
        }
        char[] edgeClass = new char[edgesFrom[states]];
        int[] edgeTarget = new int[edgesFrom[states]];
        for (int s = 0; s < states; s++) {
            for (int k = 0; k < ownClasses[s].length; k++) {
                edgeClass[edgesFrom[s] + k] = (char) ownClasses[s][k];
                edgeTarget[edgesFrom[s] + k] = ownTargets[s][k];
            }
        }
        return new PhraseAutomaton(alphabet, rootNext, edgesFrom, edgeClass, edgeTarget, outputs, lengths);
    }

    private static int next(int state, int cls, int[] rootNext, int[][] ownClasses, int[][] ownTargets) {
        int k = Arrays.binarySearch(ownClasses[state], cls);
        return k >= 0 ? ownTargets[state][k] : rootNext[cls];
    }

    private static int[] concat(List<Integer> own, int[] inherited) {
        if (own.isEmpty()) {
            return inherited;
        }
        int[] out = new int[own.size() + (inherited == null ? 0 : inherited.length)];
        for (int i = 0; i < own.size(); i++) {
            out[i] = own.get(i);
        }
        if (inherited != null) {
            System.arraycopy(inherited, 0, out, own.size(), inherited.length);
        }
        return out;
    }

    /** Reports every occurrence of every phrase in {@code text}. */
    public void scan(String text, HitSink sink) {
        final char[] alpha = alphabet;
        final int[][] outs = outputs;
        int state = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            int cls = alpha[text.charAt(i)];
            state = cls == 0 ? 0 : next(state, cls);
            int[] out = outs[state];
            if (out != null) {
                for (int p : out) {
                    sink.hit(p, i + 1);
                }
            }
        }
    }

    /** Where {@code state} goes on a character of class {@code cls} (not 0). */
    int next(int state, int cls) {
        if ((edgeMask[state] & 1L << cls) == 0) {
            return rootNext[cls];   // most characters: no edge of the state's own
        }
        int lo = edgesFrom[state];
        int hi = edgesFrom[state + 1];
        final char[] classes = edgeClass;
        if (hi - lo <= LINEAR_SEARCH) {
            for (; lo < hi; lo++) {
                int c = classes[lo];
                if (c >= cls) {
                    return c == cls ? edgeTarget[lo] : rootNext[cls];
                }
            }
            return rootNext[cls];
        }
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = classes[mid];
            if (c < cls) {
                lo = mid + 1;
            } else if (c > cls) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return rootNext[cls];
    }

    /** Counts occurrences. */
    public long count(String text) {
        long[] hits = {0};
        scan(text, (p, end) -> hits[0]++);
        return hits[0];
    }

    /** The class of {@code c}: 0 when no phrase holds it. */
    int classOf(char c) {
        return alphabet[c];
    }

    int classCount() {
        return rootNext.length - 1;
    }

    /** The phrases ending at {@code state}, suffixes included, or null. */
    int[] outputs(int state) {
        return outputs[state];
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
                + ", alphabet=" + (rootNext.length - 1) + ", edges=" + edgeClass.length + "]";
    }
}
