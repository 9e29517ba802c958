package dev.bitext.tm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bitext.Alignment;
import dev.bitext.Document;
import dev.bitext.DocumentPair;
import dev.bitext.Language;
import dev.bitext.io.TmxSettings;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One memory holds Traditional and Simplified documents, each tagged by its script, and the listener hears each
 * aligned document in input order (issue 11, items 6 and 7).
 */
class TmDocumentTagsTest {
    private static final Pattern LANG = Pattern.compile("xml:lang=\"([^\"]+)\"");

    @Test
    void eachDocumentIsTaggedByItsScriptAndHeardInOrder() throws Exception {
        Document en = Document.ofLines(Language.ENGLISH, List.of("In the beginning God created the heaven and the earth.",
                "And God said, Let there be light: and there was light."));
        Document hant = Document.ofLines(Language.CHINESE, List.of("起初，神創造天地。", "神說：「要有光」，就有了光。"));
        Document hans = Document.ofLines(Language.CHINESE, List.of("起初，神创造天地。", "神说：“要有光”，就有了光。"));
        List<String> heard = Collections.synchronizedList(new ArrayList<>());
        TranslationMemoryBuilder tm = TranslationMemoryBuilder.builder()
                .tmx(new TmxSettings(null, null, Instant.EPOCH))
                .filter(TmFilter.builder().deduplicate(false).build())
                .threads(2)
                .listener(new TranslationMemoryBuilder.Listener() {
                    @Override
                    public void aligned(String name, Alignment alignment) {
                        heard.add(name + " " + alignment.source().language() + " " + alignment.source().size());
                    }
                }).build();
        StringWriter out = new StringWriter();
        tm.build(List.of(TmSource.of("hant", new DocumentPair(hant, en)), TmSource.of("hans", new DocumentPair(en, hans))),
                out, null);
        assertThat(heard).containsExactly("hant ENGLISH 2", "hans ENGLISH 2");
        List<String> langs = new ArrayList<>();
        Matcher m = LANG.matcher(out.toString());
        while (m.find()) {
            langs.add(m.group(1));
        }
        // Units in input order: the Traditional document's, then the Simplified one's.
        assertThat(langs.stream().filter(l -> l.startsWith("zh")).distinct()).containsExactly("zh-TW", "zh-CN");
        assertThat(langs.stream().filter(l -> l.startsWith("en"))).hasSize(langs.size() / 2).containsOnly("en-US");
        assertThat(out.toString()).contains("srclang=\"en-US\"").doesNotContain("<tu srclang");
    }
}
