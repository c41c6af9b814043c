// The Java Lucene peer of the ImrSearch benchmark (issue 17). Run by `--peers` as a single-file source program:
//   java -cp <Debian liblucene8-java jars> LucenePeer.java <items.tsv> <index dir> <queries.tsv> <rounds> <threads> <out.json>
// It indexes the items the bench exported (one document per decided item: the same four text fields and every facet
// dimension), then runs each query of the mix `rounds` times, one at a time, with the query cache off, counting every
// facet dimension with DrillSideways and highlighting the page with the UnifiedHighlighter, as ImrSearch does.
// Formats (written by ImrSearch.Peers): see PeerItemFormat.cs and PeerQueryFormat.cs.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

public class LucenePeer {
    static final String[] TEXT_FIELDS = {"item", "rationale", "summary", "guidelineText"};
    static final float[] BOOSTS = {4f, 2f, 1f, 0.5f};
    static final char VALUE_SEPARATOR = '\u001f';
    static final char FILTER_SEPARATOR = '\u001e';

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: LucenePeer <items.tsv> <index dir> <queries.tsv> <rounds> <threads> <out.json>");
            System.exit(2);
        }
        Path items = Paths.get(args[0]);
        Path indexDir = Paths.get(args[1]);
        Path queries = Paths.get(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        Path out = Paths.get(args[5]);

        StringBuilder json = new StringBuilder();
        json.append("{\"peer\":\"lucene\",\"version\":").append(quote(org.apache.lucene.util.Version.LATEST.toString()));
        json.append(",\"java\":").append(quote(System.getProperty("java.version")));
        List<String> dims = new ArrayList<>();
        long started = System.nanoTime();
        int count = build(items, indexDir, threads, dims);
        double seconds = (System.nanoTime() - started) / 1e9;
        json.append(",\"build\":{\"items\":").append(count).append(",\"seconds\":").append(seconds)
            .append(",\"threads\":").append(threads).append(",\"indexBytes\":").append(size(indexDir)).append('}');
        System.err.printf(Locale.ROOT, "  lucene: %,d items indexed in %.1f s%n", count, seconds);
        json.append(",\"queries\":[");
        runQueries(indexDir, queries, rounds, dims, json);
        json.append("]}");
        Files.write(out, json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The same chain as ImrSearch's ImrAnalyzer without its synonym vocabulary (which is ImrSearch's own). */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    static FacetsConfig facetsConfig(List<String> dims) {
        FacetsConfig config = new FacetsConfig();
        for (String dim : dims) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    // ---- Build ----

    static int build(Path items, Path indexDir, int threads, List<String> dims) throws Exception {
        if (Files.exists(indexDir)) {
            try (Stream<Path> walk = Files.walk(indexDir)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        FieldType text = new FieldType();
        text.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        text.setTokenized(true);
        text.setStored(false);
        text.freeze();
        // The highlighted fields are stored: the UnifiedHighlighter reads the text from the document.
        FieldType storedText = new FieldType(text);
        storedText.setStored(true);
        storedText.freeze();

        IndexWriterConfig writerConfig = new IndexWriterConfig(analyzer());
        writerConfig.setRAMBufferSizeMB(256);
        writerConfig.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (BufferedReader reader = Files.newBufferedReader(items, StandardCharsets.UTF_8);
             FSDirectory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, writerConfig)) {
            String[] header = reader.readLine().split("\t", -1);
            Map<String, Integer> column = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                column.put(header[i], i);
                if (header[i].startsWith("facet.")) {
                    dims.add(header[i].substring("facet.".length()));
                }
            }
            FacetsConfig config = facetsConfig(dims);
            BlockingQueue<String> lines = new ArrayBlockingQueue<>(4096);
            String end = new String("end");
            AtomicReference<Exception> failure = new AtomicReference<>();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    try {
                        for (String line = lines.take(); line != end; line = lines.take()) {
                            writer.addDocument(config.build(document(line.split("\t", -1), column, dims, text, storedText)));
                        }
                    } catch (Exception e) {
                        failure.compareAndSet(null, e);
                    }
                });
                worker.start();
                workers.add(worker);
            }
            int count = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (failure.get() != null) {
                    break;
                }
                lines.put(line);
                count++;
            }
            for (int t = 0; t < threads; t++) {
                lines.put(end);
            }
            for (Thread worker : workers) {
                worker.join();
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            // No forced merge: the default merge policy, as ImrSearch's build.
            writer.commit();
            return count;
        }
    }

    static Document document(String[] cells, Map<String, Integer> column, List<String> dims, FieldType text, FieldType storedText) {
        Document doc = new Document();
        String caseId = unescape(cells[column.get("caseId")]);
        int itemIndex = Integer.parseInt(cells[column.get("itemIndex")]);
        doc.add(new StringField("caseId", caseId, Field.Store.YES));
        doc.add(new SortedDocValuesField("caseId", new org.apache.lucene.util.BytesRef(caseId)));
        doc.add(new StoredField("itemIndex", itemIndex));
        doc.add(new NumericDocValuesField("itemIndex", itemIndex));
        doc.add(new NumericDocValuesField("decisionDateSort", Long.parseLong(cells[column.get("decisionDateSort")])));
        for (String name : new String[] {"year", "decidedDate", "injuredDate", "receivedDate"}) {
            String value = cells[column.get(name)];
            if (!value.isEmpty()) {
                doc.add(new IntPoint(name, Integer.parseInt(value)));
            }
        }
        for (String name : TEXT_FIELDS) {
            boolean highlighted = !name.equals("guidelineText");
            doc.add(new Field(name, unescape(cells[column.get(name)]), highlighted ? storedText : text));
        }
        for (String dim : dims) {
            String cell = cells[column.get("facet." + dim)];
            if (cell.isEmpty()) {
                continue;
            }
            for (String raw : cell.split(String.valueOf(VALUE_SEPARATOR), -1)) {
                String value = unescape(raw);
                doc.add(new SortedSetDocValuesFacetField(dim, value));
                // The lower-cased keyword ImrSearch's fielded facet queries (specialty:psychiatry) match.
                doc.add(new StringField("filter." + dim, value.trim().toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
        return doc;
    }

    // ---- Queries ----

    static void runQueries(Path indexDir, Path queries, int rounds, List<String> dims, StringBuilder json) throws Exception {
        List<String[]> mix = new ArrayList<>();
        for (String line : Files.readAllLines(queries, StandardCharsets.UTF_8)) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                mix.add(line.split("\t", -1));
            }
        }
        try (FSDirectory directory = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setQueryCache(null); // caches off, as ImrSearch's first-time figures
            DefaultSortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader);
            FacetsConfig config = facetsConfig(dims);
            UnifiedHighlighter highlighter = new UnifiedHighlighter(searcher, analyzer());
            Analyzer analyzer = analyzer();
            // Warm-up (JIT, file cache), as ImrSearch's query phase does before its timed rounds.
            for (String[] q : mix) {
                try {
                    run(q, searcher, state, config, highlighter, analyzer, dims);
                } catch (Exception e) {
                    // reported below, from the timed rounds
                }
            }
            for (int i = 0; i < mix.size(); i++) {
                String[] q = mix.get(i);
                List<Double> ms = new ArrayList<>();
                Outcome outcome = null;
                String error = null;
                for (int round = 0; round < rounds && error == null; round++) {
                    long start = System.nanoTime();
                    try {
                        outcome = run(q, searcher, state, config, highlighter, analyzer, dims);
                        ms.add((System.nanoTime() - start) / 1e6);
                    } catch (Exception e) {
                        error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                }
                if (i > 0) {
                    json.append(',');
                }
                json.append("{\"index\":").append(q[0]).append(",\"ms\":[");
                for (int r = 0; r < ms.size(); r++) {
                    json.append(r > 0 ? "," : "").append(String.format(Locale.ROOT, "%.3f", ms.get(r)));
                }
                json.append(']');
                if (error != null) {
                    json.append(",\"error\":").append(quote(error)).append('}');
                    continue;
                }
                json.append(",\"total\":").append(outcome.total).append(",\"totalExact\":").append(outcome.exact)
                    .append(",\"highlights\":").append(outcome.highlights).append(",\"facets\":{");
                boolean firstDim = true;
                for (Map.Entry<String, Map<String, Long>> dim : outcome.facets.entrySet()) {
                    json.append(firstDim ? "" : ",").append(quote(dim.getKey())).append(":{");
                    firstDim = false;
                    boolean firstValue = true;
                    for (Map.Entry<String, Long> value : dim.getValue().entrySet()) {
                        json.append(firstValue ? "" : ",").append(quote(value.getKey())).append(':').append(value.getValue());
                        firstValue = false;
                    }
                    json.append('}');
                }
                json.append("}}");
            }
        }
    }

    static final class Outcome {
        long total;
        boolean exact;
        int highlights;
        Map<String, Map<String, Long>> facets = new java.util.TreeMap<>();
    }

    // Columns: index, class, query, filters, sort, page, pageSize, decidedFrom, decidedTo, injuredFrom, injuredTo, receivedFrom, receivedTo
    static Outcome run(String[] q, IndexSearcher searcher, DefaultSortedSetDocValuesReaderState state, FacetsConfig config,
                       UnifiedHighlighter highlighter, Analyzer analyzer, List<String> dims) throws IOException, ParseException {
        String text = unescape(q[2]);
        Query textQuery = text.isEmpty() ? null : new ImrSyntax(analyzer, dims).parse(text);
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(textQuery == null ? new MatchAllDocsQuery() : textQuery, BooleanClause.Occur.MUST);
        String[] dateFields = {"decidedDate", "injuredDate", "receivedDate"};
        for (int d = 0; d < dateFields.length; d++) {
            String from = q[7 + 2 * d];
            String to = q[8 + 2 * d];
            if (!from.isEmpty() || !to.isEmpty()) {
                base.add(IntPoint.newRangeQuery(dateFields[d], from.isEmpty() ? Integer.MIN_VALUE : Integer.parseInt(from),
                    to.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(to)), BooleanClause.Occur.FILTER);
            }
        }
        DrillDownQuery drillDown = new DrillDownQuery(config, base.build());
        if (!q[3].isEmpty()) {
            for (String filter : q[3].split(String.valueOf(FILTER_SEPARATOR))) {
                String[] parts = filter.split(String.valueOf(VALUE_SEPARATOR));
                for (int v = 1; v < parts.length; v++) {
                    drillDown.add(unescape(parts[0]), unescape(parts[v]));
                }
            }
        }
        int page = Integer.parseInt(q[5]);
        int pageSize = Integer.parseInt(q[6]);
        int topN = page * pageSize;
        Sort sort = switch (q[4]) {
            case "newest" -> new Sort(new SortField("decisionDateSort", SortField.Type.LONG, true),
                new SortField("caseId", SortField.Type.STRING), new SortField("itemIndex", SortField.Type.LONG));
            case "case" -> new Sort(new SortField("caseId", SortField.Type.STRING), new SortField("itemIndex", SortField.Type.LONG));
            default -> null;
        };
        DrillSideways sideways = new DrillSideways(searcher, config, state);
        DrillSideways.DrillSidewaysResult result = sort == null
            ? sideways.search(drillDown, topN)
            : sideways.search(drillDown, null, null, topN, sort, false);

        Outcome outcome = new Outcome();
        outcome.total = result.hits.totalHits.value;
        outcome.exact = result.hits.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        for (String dim : dims) {
            Map<String, Long> counts = new java.util.TreeMap<>();
            try {
                FacetResult top = result.facets.getTopChildren(1000, dim);
                if (top != null) {
                    for (LabelAndValue lv : top.labelValues) {
                        counts.put(lv.label, lv.value.longValue());
                    }
                }
            } catch (IllegalArgumentException e) {
                // a dimension no item of this corpus has a value in
            }
            outcome.facets.put(dim, counts);
        }

        ScoreDoc[] all = result.hits.scoreDocs;
        int from = Math.min((page - 1) * pageSize, all.length);
        int[] docIds = new int[all.length - from];
        for (int d = from; d < all.length; d++) {
            docIds[d - from] = all[d].doc;
        }
        if (docIds.length > 0) {
            // Highlighted sorted by doc id, as the highlighter requires; which hit gets which passage does not matter here.
            java.util.Arrays.sort(docIds);
            String[] fields = {"rationale", "item", "summary"};
            Query highlightQuery = textQuery == null ? new MatchAllDocsQuery() : textQuery;
            Map<String, String[]> passages = highlighter.highlightFields(fields, highlightQuery, docIds, new int[] {3, 1, 1});
            for (String[] perDoc : passages.values()) {
                for (String passage : perDoc) {
                    if (passage != null) {
                        outcome.highlights++;
                    }
                }
            }
        }
        return outcome;
    }

    /** The classic syntax over ImrSearch's schema: default fields and boosts, AND, and its field names. */
    static final class ImrSyntax extends MultiFieldQueryParser {
        private final List<String> dims;

        ImrSyntax(Analyzer analyzer, List<String> dims) {
            super(TEXT_FIELDS, analyzer, boosts());
            this.dims = dims;
            setDefaultOperator(QueryParser.AND_OPERATOR);
            setAllowLeadingWildcard(true);
        }

        static Map<String, Float> boosts() {
            Map<String, Float> boosts = new HashMap<>();
            for (int i = 0; i < TEXT_FIELDS.length; i++) {
                boosts.put(TEXT_FIELDS[i], BOOSTS[i]);
            }
            return boosts;
        }

        String dimension(String field) {
            for (String dim : dims) {
                if (dim.equalsIgnoreCase(field)) {
                    return dim;
                }
            }
            return null;
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            if (field == null) {
                return super.getFieldQuery(null, queryText, quoted);
            }
            if (field.equalsIgnoreCase("year")) {
                int year = Integer.parseInt(queryText.trim());
                return IntPoint.newExactQuery("year", year);
            }
            if (field.equalsIgnoreCase("guideline")) {
                BooleanQuery.Builder either = new BooleanQuery.Builder();
                Query words = super.getFieldQuery("guidelineText", queryText, quoted);
                if (words != null) {
                    either.add(words, BooleanClause.Occur.SHOULD);
                }
                either.add(facetValue("guideline", queryText), BooleanClause.Occur.SHOULD);
                return either.build();
            }
            String dim = dimension(field);
            if (dim != null) {
                return facetValue(dim, queryText);
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            if (field == null) {
                // MultiFieldQueryParser wraps each field's phrase in its boost before applying the slop, which then
                // no longer sees a PhraseQuery and is lost ("a b"~5 ran as an exact phrase): slop first, boost after.
                List<Query> clauses = new ArrayList<>();
                for (int i = 0; i < TEXT_FIELDS.length; i++) {
                    Query q = super.getFieldQuery(TEXT_FIELDS[i], queryText, slop);
                    if (q != null) {
                        clauses.add(new org.apache.lucene.search.BoostQuery(q, BOOSTS[i]));
                    }
                }
                return clauses.isEmpty() ? null : getMultiFieldQuery(clauses);
            }
            if (dimension(field) != null || field.equalsIgnoreCase("year")) {
                return getFieldQuery(field, queryText, true);
            }
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive) throws ParseException {
            if (field != null && field.equalsIgnoreCase("year")) {
                int low = Integer.parseInt(part1) + (startInclusive ? 0 : 1);
                int high = Integer.parseInt(part2) - (endInclusive ? 0 : 1);
                return IntPoint.newRangeQuery("year", low, high);
            }
            if (field != null && dimension(field) != null) {
                return new ConstantScoreQuery(TermRangeQuery.newStringRange("filter." + dimension(field),
                    part1.toLowerCase(Locale.ROOT), part2.toLowerCase(Locale.ROOT), startInclusive, endInclusive));
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        /** The exact value, or a value holding the words as a whole-word run (bodyRegion:lumbar finds "Lumbar spine"), as ImrSearch. */
        static Query facetValue(String dim, String value) {
            String normalized = value.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            String escaped = normalized.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
            String field = "filter." + dim;
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(new TermQuery(new Term(field, normalized)), BooleanClause.Occur.SHOULD);
            any.add(new WildcardQuery(new Term(field, escaped + " *")), BooleanClause.Occur.SHOULD);
            any.add(new WildcardQuery(new Term(field, "* " + escaped)), BooleanClause.Occur.SHOULD);
            any.add(new WildcardQuery(new Term(field, "* " + escaped + " *")), BooleanClause.Occur.SHOULD);
            return new ConstantScoreQuery(any.build());
        }
    }

    // ---- Formats ----

    // Reverses PeerItemFormat.Escape: backslash, tab, newline, carriage return, and u and f for the two separators.
    static String unescape(String cell) {
        if (cell.indexOf('\\') < 0) {
            return cell;
        }
        StringBuilder builder = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\' || i + 1 == cell.length()) {
                builder.append(c);
                continue;
            }
            char next = cell.charAt(++i);
            builder.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'u' -> VALUE_SEPARATOR;
                case 'f' -> FILTER_SEPARATOR;
                default -> next;
            });
        }
        return builder.toString();
    }

    static String quote(String s) {
        StringBuilder builder = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> builder.append("\\\"");
                case '\\' -> builder.append("\\\\");
                case '\n' -> builder.append("\\n");
                case '\r' -> builder.append("\\r");
                case '\t' -> builder.append("\\t");
                default -> {
                    if (c < 0x20) {
                        builder.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        builder.append(c);
                    }
                }
            }
        }
        return builder.append('"').toString();
    }

    static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
