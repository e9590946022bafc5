package dev.switchboard.runtime.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The root names a JSONata expression reads ({@code trigger}, {@code steps.pdf}, …), found by a
 * small scan rather than by the JSONata parser, so that the validator can check references
 * before anything runs. Names inside predicates ({@code items[price > 3]}) and after a dot
 * ({@code a.(b)}) are relative, so they are not roots; {@code $variables} are skipped.
 *
 * <pre>{@code
 * References.of("steps.pdf.file.name & trigger.id");
 * // [Reference[root=steps, name=pdf], Reference[root=trigger, name=id]]
 * }</pre>
 */
public final class References {

    private static final Set<String> KEYWORDS = Set.of("and", "or", "in", "true", "false", "null", "function");

    /** One root reference; {@code name} is the segment after the root (e.g. the step id), or null. */
    public record Reference(String root, String name) {
    }

    private References() {
    }

    public static List<Reference> of(String expression) {
        String s = blankStrings(expression);
        List<Reference> refs = new ArrayList<>();
        Deque<Boolean> relative = new ArrayDeque<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '[' || c == '(' || c == '{') {
                char before = previous(s, i);
                boolean rel = c == '[' ? isPathEnd(before) : c == '(' && before == '.';
                relative.push(rel || (!relative.isEmpty() && relative.peek()));
                i++;
            } else if (c == ']' || c == ')' || c == '}') {
                if (!relative.isEmpty()) {
                    relative.pop();
                }
                i++;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                    i++;
                }
                String word = s.substring(start, i);
                char before = previous(s, start);
                boolean root = before != '.' && before != '$' && before != '@' && before != '#'
                        && !KEYWORDS.contains(word) && (relative.isEmpty() || !relative.peek());
                if (root) {
                    refs.add(new Reference(word, nextSegment(s, i)));
                }
            } else {
                i++;
            }
        }
        return refs;
    }

    private static String nextSegment(String s, int i) {
        int j = skipSpaces(s, i);
        if (j >= s.length() || s.charAt(j) != '.') {
            return null;
        }
        j = skipSpaces(s, j + 1);
        int start = j;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        return j > start ? s.substring(start, j) : null;
    }

    private static boolean isPathEnd(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ']' || c == ')' || c == '`';
    }

    private static char previous(String s, int i) {
        int j = i - 1;
        while (j >= 0 && Character.isWhitespace(s.charAt(j))) {
            j--;
        }
        return j < 0 ? ' ' : s.charAt(j);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Replaces string literals (and back-quoted names) by spaces so that their words are not read as names. */
    private static String blankStrings(String e) {
        StringBuilder out = new StringBuilder(e.length());
        char quote = 0;
        for (int i = 0; i < e.length(); i++) {
            char c = e.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < e.length()) {
                    out.append("  ");
                    i++;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                    out.append(' ');
                    continue;
                }
                out.append(' ');
            } else if (c == '"' || c == '\'' || c == '`') {
                quote = c;
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
