package org.medadwatch.detect.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The shared lists file: what it holds, and how a broken one names file, line and reason. */
class PhraseListsTest {
    private static PhraseLists parse(String text) {
        return PhraseLists.parseShared(PhraseLists.SHARED_FILE, new StringReader(text));
    }

    @Test
    void readsEachNamedListFoldedAndInOrder() {
        PhraseLists lists = parse("""
                lists:
                  # words that turn a sentence into a warning
                  warning: [輕信, 警惕, 不 要 相 信]
                  body_shape: 瘦脸
                """);
        assertEquals(List.of("warning", "body_shape"), List.copyOf(lists.names()));
        assertEquals(Optional.of(List.of("轻信", "警惕", "不要相信")), lists.find("warning"));
        assertEquals(Optional.of(List.of("瘦脸")), lists.find("body_shape"), "a single phrase may stand alone");
        assertEquals(Optional.empty(), lists.find("rival"));
        assertEquals(Optional.empty(), PhraseLists.none().find("warning"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            lists:\\n  warning: [轻信, 警惕\\n  body_shape: [瘦脸]\\n   | 3 | not valid YAML
            - 轻信\\n- 警惕\\n                                    | 1 | expected a mapping (key: value)
            lists: [轻信, 警惕]\\n                                 | 1 | 'lists' must map names to phrase lists
            lists:\\n  warning: [轻信]\\nrules: []\\n              | 3 | unknown key 'rules' (allowed: lists)
            category: CURE_GUARANTEE\\n                           | 1 | unknown key 'category' (allowed: lists)
            {}\\n                                                 | 1 | no lists: the shared lists file holds a 'lists' mapping
            lists:\\n  Warning: [轻信]\\n                          | 2 | list name 'Warning' must be lower_case
            lists:\\n  warning-words: [轻信]\\n                    | 2 | list name 'warning-words' must be lower_case
            lists:\\n  warning: [轻信, '']\\n                      | 2 | empty string in 'warning'
            lists:\\n  warning: [轻信, '·']\\n                     | 2 | '·' in list 'warning' folds to nothing
            lists:\\n  warning: []\\n                              | 2 | list 'warning' is empty
            lists:\\n  warning: [轻信, [警惕]]\\n                  | 2 | 'warning' must be a single value
            lists:\\n  warning: [轻信]\\n  warning: [警惕]\\n      | 3 | duplicate list 'warning' (first at line 2)
            lists:\\n  warning: [轻信, $hearsay]\\n                | 2 | '$hearsay' in list 'warning': a list cannot name another list
            """)
    void brokenSharedListsNameFileLineAndReason(String text, int line, String reason) {
        RuleFileException e = assertThrows(RuleFileException.class, () -> parse(text.replace("\\n", "\n")));
        assertEquals(PhraseLists.SHARED_FILE, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void emptySharedListsFileIsAnError() {
        RuleFileException e = assertThrows(RuleFileException.class, () -> parse("# nothing yet\n"));
        assertEquals("lists.yaml:0: empty shared lists file: expected 'lists:'", e.getMessage());
    }
}
