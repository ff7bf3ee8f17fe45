package dev.paralleltests.core.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The HTML report's skipped tests (grouped by reason, no script needed) and its complete list of
 * every test: the tests travel as one inline JSON block (class names and messages stored once) that
 * a small inline script filters and pages, so that 85,000 tests stay one self-contained file that
 * opens offline. The script builds rows with {@code textContent} only, never markup from data.
 */
final class TestListHtml {
  /** Reasons listed in the skipped section; the complete list shows every skipped test. */
  static final int MAX_REASONS = 100;

  /** Tests named under each reason. */
  static final int TESTS_PER_REASON = 50;

  private TestListHtml() {}

  /** The skipped section: one entry per reason, most frequent first. Nothing when none skipped. */
  static void skipped(StringBuilder h, List<TestEntry> tests, Map<Integer, String> shardLogs) {
    Map<String, List<TestEntry>> byReason = new HashMap<>();
    int total = 0;
    for (TestEntry t : tests) {
      if (t.status() == TestEntry.Status.SKIPPED) {
        byReason.computeIfAbsent(t.message(), k -> new ArrayList<>()).add(t);
        total++;
      }
    }
    if (total == 0) {
      return;
    }
    List<Map.Entry<String, List<TestEntry>>> reasons = new ArrayList<>(byReason.entrySet());
    reasons.sort(
        Comparator.<Map.Entry<String, List<TestEntry>>>comparingInt(e -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    h.append("<section id=\"skipped\">\n<h2>Skipped tests (")
        .append(Format.count(total))
        .append(")</h2>\n<div class=\"scroll\"><table class=\"data\" id=\"skip-reasons\">\n")
        .append("<thead><tr><th>Reason</th><th class=\"num\">Tests</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, List<TestEntry>> e :
        reasons.subList(0, Math.min(MAX_REASONS, reasons.size()))) {
      List<TestEntry> list = e.getValue();
      h.append("<tr class=\"skip-reason\"><td><details><summary>")
          .append(
              e.getKey().isEmpty()
                  ? "<span class=\"meta\">(no reason given)</span>"
                  : "<span class=\"reason\">" + Html.escape(e.getKey()) + "</span>")
          .append("</summary>\n<ul>\n");
      for (TestEntry t : list.subList(0, Math.min(TESTS_PER_REASON, list.size()))) {
        h.append("<li><code>")
            .append(Html.escape(t.displayName()))
            .append("</code> <span class=\"meta\">shard ")
            .append(t.shard())
            .append("</span></li>\n");
      }
      if (list.size() > TESTS_PER_REASON) {
        h.append("<li class=\"meta\">\u2026 and ")
            .append(Format.count(list.size() - TESTS_PER_REASON))
            .append(" more: choose \u201cskipped\u201d in the list of all tests</li>\n");
      }
      h.append("</ul></details></td><td class=\"num\">")
          .append(Format.count(list.size()))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n");
    if (reasons.size() > MAX_REASONS) {
      h.append("<p class=\"meta\">\u2026 and ")
          .append(Format.count(reasons.size() - MAX_REASONS))
          .append(" more reasons: choose \u201cskipped\u201d in the list of all tests.</p>\n");
    }
    h.append("</section>\n");
  }

  /** The complete list: filters, an empty table the script fills, and the data. */
  static void allTests(StringBuilder h, List<TestEntry> tests, Map<Integer, String> shardLogs) {
    if (tests.isEmpty()) {
      return;
    }
    Map<TestEntry.Status, Integer> byStatus = new EnumMap<>(TestEntry.Status.class);
    TreeSet<Integer> shards = new TreeSet<>();
    for (TestEntry t : tests) {
      byStatus.merge(t.status(), 1, Integer::sum);
      shards.add(t.shard());
    }
    h.append("<section id=\"all-tests\">\n<h2>All tests (")
        .append(Format.count(tests.size()))
        .append(")</h2>\n<div class=\"filters\">\n")
        .append(
            "<input type=\"search\" id=\"test-search\" placeholder=\"Search names and messages\"")
        .append(" aria-label=\"Search test names and messages\">\n")
        .append("<select id=\"test-status\" aria-label=\"Status\">")
        .append("<option value=\"\">every status</option>");
    int notPassed = 0;
    for (TestEntry.Status st : TestEntry.Status.values()) {
      int n = byStatus.getOrDefault(st, 0);
      if (st != TestEntry.Status.PASSED && st != TestEntry.Status.SKIPPED) {
        notPassed += n;
      }
    }
    if (notPassed > 0) {
      h.append("<option value=\"not-passed\">failed, error or flaky (")
          .append(Format.count(notPassed))
          .append(")</option>");
    }
    for (TestEntry.Status st : TestEntry.Status.values()) {
      int n = byStatus.getOrDefault(st, 0);
      if (n > 0) {
        h.append("<option value=\"")
            .append(st.label())
            .append("\">")
            .append(st.label())
            .append(" (")
            .append(Format.count(n))
            .append(")</option>");
      }
    }
    h.append("</select>\n<select id=\"test-shard\" aria-label=\"Shard\">")
        .append("<option value=\"\">every shard</option>");
    for (int shard : shards) {
      h.append("<option value=\"")
          .append(shard)
          .append("\">shard ")
          .append(shard)
          .append("</option>");
    }
    h.append("</select>\n<select id=\"test-sort\" aria-label=\"Order\">")
        .append("<option value=\"time\">slowest first</option>")
        .append("<option value=\"name\">by name</option>")
        .append("<option value=\"shard\">by shard</option>")
        .append("<option value=\"status\">failures first</option></select>\n</div>\n")
        .append("<p id=\"test-count\" class=\"meta\" aria-live=\"polite\">")
        .append(Format.count(tests.size()))
        .append(" tests</p>\n<div class=\"scroll\"><table class=\"data\" id=\"test-table\">\n")
        .append("<thead><tr><th>Test</th><th>Status</th><th class=\"num\">Shard</th>")
        .append("<th class=\"num\">Time</th><th>Message</th></tr></thead>\n")
        .append("<tbody id=\"test-rows\"></tbody>\n</table></div>\n")
        .append("<button type=\"button\" id=\"test-more\" hidden>Show more</button>\n")
        .append("<noscript><p class=\"meta\">The list of every test needs JavaScript; the")
        .append(" failures and skipped tests above are there without it.</p></noscript>\n")
        .append("<script type=\"application/json\" id=\"test-data\">");
    data(h, tests, shardLogs);
    h.append("</script>\n</section>\n");
  }

  /** The inline script, for the page's content policy (by hash) and its end. */
  static String script() {
    return SCRIPT;
  }

  /** The CSP source that allows exactly {@link #script()}. */
  static String scriptHash() {
    return SCRIPT_HASH;
  }

  /**
   * {@code
   * {"classes":[..],"messages":[..],"statuses":[..],"times":{millis:text},"logs":{shard:href},
   * "rows":[[class, name, status, shard, millis, message], ..]}}: class and message are indexes
   * (-1: none), so that a class's name is stored once however many tests it has.
   */
  private static void data(StringBuilder h, List<TestEntry> tests, Map<Integer, String> logs) {
    Map<String, Integer> classes = new LinkedHashMap<>();
    Map<String, Integer> messages = new LinkedHashMap<>();
    TreeMap<Long, String> times = new TreeMap<>();
    StringBuilder rows = new StringBuilder(tests.size() * 40);
    boolean first = true;
    for (TestEntry t : tests) {
      int c =
          t.className().isEmpty()
              ? -1
              : classes.computeIfAbsent(t.className(), k -> classes.size());
      int m =
          t.message().isEmpty() ? -1 : messages.computeIfAbsent(t.message(), k -> messages.size());
      if (t.millis() >= 0) {
        times.computeIfAbsent(t.millis(), Durations::format);
      }
      rows.append(first ? "" : ",").append('[').append(c).append(',');
      string(rows, t.name());
      rows.append(',')
          .append(t.status().ordinal())
          .append(',')
          .append(t.shard())
          .append(',')
          .append(t.millis())
          .append(',')
          .append(m)
          .append(']');
      first = false;
    }
    h.append("{\"statuses\":[");
    TestEntry.Status[] all = TestEntry.Status.values();
    for (int i = 0; i < all.length; i++) {
      h.append(i == 0 ? "" : ",");
      string(h, all[i].label());
    }
    h.append("],\"classes\":");
    strings(h, classes.keySet());
    h.append(",\"messages\":");
    strings(h, messages.keySet());
    h.append(",\"times\":{");
    first = true;
    for (Map.Entry<Long, String> e : times.entrySet()) {
      h.append(first ? "" : ",").append('"').append(e.getKey()).append("\":");
      string(h, e.getValue());
      first = false;
    }
    h.append("},\"logs\":{");
    first = true;
    for (Map.Entry<Integer, String> e : new TreeMap<>(logs).entrySet()) {
      h.append(first ? "" : ",").append('"').append(e.getKey()).append("\":");
      string(h, e.getValue());
      first = false;
    }
    h.append("},\"rows\":[").append(rows).append("]}");
  }

  private static void strings(StringBuilder h, Iterable<String> values) {
    h.append('[');
    boolean first = true;
    for (String v : values) {
      h.append(first ? "" : ",");
      string(h, v);
      first = false;
    }
    h.append(']');
  }

  /**
   * A JSON string that is also safe inside a {@code <script>} element: {@code <}, {@code >} and
   * {@code &} are written as escapes, so no data can end the element or open a comment.
   */
  static void string(StringBuilder h, String s) {
    h.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> h.append("\\\"");
        case '\\' -> h.append("\\\\");
        case '\n' -> h.append("\\n");
        case '\r' -> h.append("\\r");
        case '\t' -> h.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' ->
            h.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !validSurrogate(s, i)) {
            h.append(
                c < 0x20 ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : "\ufffd");
          } else {
            h.append(c);
          }
        }
      }
    }
    h.append('"');
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static final String SCRIPT =
      """
      (function () {
        var el = function (id) { return document.getElementById(id); };
        var dataEl = el('test-data');
        if (!dataEl) { return; }
        var d = JSON.parse(dataEl.textContent);
        var rows = d.rows, C = d.classes, M = d.messages, S = d.statuses, T = d.times, L = d.logs;
        var search = el('test-search'), status = el('test-status'), shard = el('test-shard');
        var sort = el('test-sort'), body = el('test-rows'), count = el('test-count');
        var more = el('test-more');
        var PAGE = 200, shown = 0, matches = [], names = null, hay = null, timer = 0;
        var ORDER = {failed: 0, error: 1, flaky: 2, skipped: 3, passed: 4};
        function name(r) {
          var c = r[0] < 0 ? '' : C[r[0]];
          return c === '' ? r[1] : (r[1] === '' ? c : c + '.' + r[1]);
        }
        function allNames() {
          if (!names) { names = rows.map(name); }
          return names;
        }
        function haystack(i) {
          if (!hay) { hay = new Array(rows.length); }
          var h = hay[i];
          if (h === undefined) {
            var r = rows[i];
            h = hay[i] = (allNames()[i] + ' ' + (r[5] < 0 ? '' : M[r[5]])).toLowerCase();
          }
          return h;
        }
        function commas(n) { return String(n).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ','); }
        function apply() {
          var text = search.value.trim().toLowerCase(), want = status.value;
          var inShard = shard.value === '' ? -1 : Number(shard.value);
          matches = [];
          for (var i = 0; i < rows.length; i++) {
            var r = rows[i], st = S[r[2]];
            if (want === 'not-passed') {
              if (st === 'passed' || st === 'skipped') { continue; }
            } else if (want !== '' && st !== want) { continue; }
            if (inShard >= 0 && r[3] !== inShard) { continue; }
            if (text !== '' && haystack(i).indexOf(text) < 0) { continue; }
            matches.push(i);
          }
          var by = sort.value;
          if (by === 'name') {
            var n = allNames();
            matches.sort(function (a, b) { return n[a] < n[b] ? -1 : n[a] > n[b] ? 1 : a - b; });
          } else if (by === 'shard') {
            matches.sort(function (a, b) { return rows[a][3] - rows[b][3] || a - b; });
          } else if (by === 'status') {
            matches.sort(function (a, b) {
              return ORDER[S[rows[a][2]]] - ORDER[S[rows[b][2]]] || rows[b][4] - rows[a][4] || a - b;
            });
          } else {
            matches.sort(function (a, b) { return rows[b][4] - rows[a][4] || a - b; });
          }
          body.textContent = '';
          shown = 0;
          page();
        }
        function cell(tr, text, cls) {
          var td = document.createElement('td');
          if (cls) { td.className = cls; }
          td.textContent = text;
          tr.appendChild(td);
          return td;
        }
        function page() {
          var end = Math.min(matches.length, shown + PAGE);
          var frag = document.createDocumentFragment();
          for (var k = shown; k < end; k++) {
            var r = rows[matches[k]], st = S[r[2]];
            var tr = document.createElement('tr');
            tr.className = 'test st-' + st;
            var code = document.createElement('code');
            code.textContent = allNames()[matches[k]];
            cell(tr, '', 'name').appendChild(code);
            var badge = document.createElement('span');
            badge.className = 'badge test-' + st;
            badge.textContent = st;
            cell(tr, '', 'status').appendChild(badge);
            var sh = cell(tr, '', 'num shard');
            if (L[r[3]]) {
              var a = document.createElement('a');
              a.href = L[r[3]];
              a.textContent = String(r[3]);
              a.title = 'shard ' + r[3] + ' output';
              sh.appendChild(a);
            } else {
              sh.textContent = String(r[3]);
            }
            cell(tr, r[4] < 0 ? '\\u2013' : T[r[4]], 'num time');
            cell(tr, r[5] < 0 ? '' : M[r[5]], 'message');
            frag.appendChild(tr);
          }
          body.appendChild(frag);
          shown = end;
          count.textContent = commas(matches.length) + ' of ' + commas(rows.length) + ' tests'
              + (shown < matches.length ? ', showing the first ' + commas(shown) : '');
          more.hidden = shown >= matches.length;
          more.textContent = 'Show ' + commas(Math.min(PAGE, matches.length - shown)) + ' more';
        }
        search.addEventListener('input', function () {
          clearTimeout(timer);
          timer = setTimeout(apply, 150);
        });
        status.addEventListener('change', apply);
        shard.addEventListener('change', apply);
        sort.addEventListener('change', apply);
        more.addEventListener('click', page);
        apply();
        document.body.setAttribute('data-tests-ready', 'true');
      })();
      """;

  private static final String SCRIPT_HASH = hash(SCRIPT);

  private static String hash(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
