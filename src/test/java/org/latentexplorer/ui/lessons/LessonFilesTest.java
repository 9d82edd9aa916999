package org.latentexplorer.ui.lessons;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bundled lesson parses, has both languages for every text, and uses only known actions. */
class LessonFilesTest {
    @Test
    void everyBundledLessonParsesWithBothLanguagesAndKnownActions() {
        List<Lesson> lessons = Lesson.bundled();
        assertTrue(lessons.size() >= 3);
        for (Lesson l : lessons) {
            for (String lang : Lesson.LANGUAGES) assertFalse(l.title().get(lang).isBlank(), l.id() + " title " + lang);
            assertFalse(l.steps().isEmpty(), l.id());
            for (Lesson.Step s : l.steps()) {
                for (String lang : Lesson.LANGUAGES) assertFalse(s.text().get(lang).isBlank(), l.id() + " " + lang);
                for (Lesson.Action a : s.actions()) assertTrue(Lesson.ACTIONS.contains(a.name()), l.id() + ": " + a.name());
            }
        }
        assertEquals("The gallery wall", lessons.get(0).title().get("en"));
        assertEquals("画廊墙", Lesson.in(lessons.get(0).title(), java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void anUnknownActionIsRejectedNamingTheFileAndStep() {
        String json = "{\"title\":{\"en\":\"T\",\"zh-CN\":\"题\"},\"steps\":[{\"text\":{\"en\":\"a\",\"zh-CN\":\"甲\"},"
                + "\"actions\":[{\"fly\":1}]}]}";
        var e = assertThrows(IllegalArgumentException.class, () -> Lesson.parse("x", "mine.json", new StringReader(json)));
        assertTrue(e.getMessage().contains("mine.json") && e.getMessage().contains("step 1") && e.getMessage().contains("fly"), e.getMessage());
    }

    @Test
    void aStepWithoutChineseIsRejected() {
        String json = "{\"title\":{\"en\":\"T\",\"zh-CN\":\"题\"},\"steps\":[{\"text\":{\"en\":\"a\"}}]}";
        var e = assertThrows(IllegalArgumentException.class, () -> Lesson.parse("x", "mine.json", new StringReader(json)));
        assertTrue(e.getMessage().contains("zh-CN"), e.getMessage());
    }
}
