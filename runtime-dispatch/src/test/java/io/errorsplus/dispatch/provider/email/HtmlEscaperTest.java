package io.errorsplus.dispatch.provider.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

  @Test
  void escapesMarkupAndQuotesForContentAndAttributes() {
    assertThat(HtmlEscaper.escape("<a href=\"x\" title='y'>&amp;</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
  }

  @Test
  void keepsTabsAndNewlinesForPreAndDropsOtherControlCharacters() {
    assertThat(HtmlEscaper.escape("a\tb\r\nc\u0000\u001bd")).isEqualTo("a\tb\ncd");
  }
}
