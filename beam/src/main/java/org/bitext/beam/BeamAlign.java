package org.bitext.beam;

import java.io.IOException;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.bitext.output.TmxSettings;

/**
 * {@code bitext align} as an Apache Beam pipeline, with the core library doing the work:
 * <ol>
 *   <li>pass 1 ({@link Passes.Learn}) reads each unit and aligns it by length and anchors;</li>
 *   <li>the first passes are joined into one {@link BatchPlan} (the word model, trained once, the
 *       names' spellings and the stems), handed to every worker as a side input;</li>
 *   <li>pass 2 ({@link Passes.Align}) aligns each bilingual unit with it and renders it with the
 *       core's writers;</li>
 *   <li>the rendered documents go to sharded {@code corpus-*.tsv}, {@code corpus-*.jsonl} and
 *       {@code corpus-*.tmx} (each TMX shard a whole TMX document); units that failed go to
 *       {@code failures-*.tsv}; the counts to {@code summary.tsv}.</li>
 * </ol>
 * A unit's rows are never split across shards and are those that {@code bitext align} writes for
 * it on one machine; the order of documents within a shard is the runner's.
 */
public final class BeamAlign {
    private BeamAlign() {
    }

    public static void main(String[] args) throws IOException {
        PipelineOptionsFactory.register(BeamAlignOptions.class);
        BeamAlignOptions options = PipelineOptionsFactory.fromArgs(args).withValidation().as(BeamAlignOptions.class);
        PipelineResult.State state = run(options);
        if (state != PipelineResult.State.DONE) {
            System.err.println("bitext-beam: the pipeline ended " + state);
            System.exit(1);
        }
    }

    /** Builds the pipeline, runs it and waits for it to end. */
    public static PipelineResult.State run(BeamAlignOptions options) throws IOException {
        Pipeline pipeline = Pipeline.create(options);
        build(pipeline, options);
        return pipeline.run().waitUntilFinish();
    }

    /** Adds the steps of the run to {@code pipeline}; the inputs are listed here, at launch. */
    static void build(Pipeline pipeline, BeamAlignOptions options) throws IOException {
        AlignSettings settings = AlignSettings.of(options);
        Inputs inputs = Inputs.of(options);
        String out = options.getOutput();
        int shards = options.getNumShards();
        if (shards == 0 && options.getRunner().getSimpleName().equals("SparkRunner")) {
            // Measured with Beam 2.56 and Spark 3.5 (local[2]): with runner-determined sharding the
            // files of some bundles never reached the output; fixed sharding wrote every document.
            throw new IllegalArgumentException("the SparkRunner needs a fixed number of shards: give --numShards=N");
        }

        PCollection<UnitRef> units = pipeline.apply("Units",
                Create.of(inputs.units()).withCoder(JavaCoder.of(UnitRef.class)));
        PCollectionTuple learned = units.apply("Learn", ParDo.of(new Passes.Learn(settings))
                .withOutputTags(Passes.LEARNED, TupleTagList.of(Passes.FAILED)));
        PCollection<Learned> firstPasses = learned.get(Passes.LEARNED).setCoder(JavaCoder.of(Learned.class));
        PCollection<BatchPlan> plans = firstPasses
                .apply("Plan", Combine.globally(new BatchPlan.Fn(settings.sourceLanguage(), settings.targetLanguage())))
                .setCoder(JavaCoder.of(BatchPlan.class));
        PCollectionView<BatchPlan> plan = plans.apply("PlanView", View.asSingleton());

        PCollectionTuple aligned = firstPasses
                .apply("Bilingual", Filter.by((SerializableFunction<Learned, Boolean>) l -> l.pass().bilingual()))
                .apply("Unit", MapElements.into(TypeDescriptor.of(UnitRef.class)).via(Learned::unit))
                .setCoder(JavaCoder.of(UnitRef.class))
                .apply("Align", ParDo.of(new Passes.Align(settings, plan)).withSideInputs(plan)
                        .withOutputTags(Passes.RENDERED, TupleTagList.of(Passes.FAILED).and(Passes.MONOLINGUAL)));
        PCollection<Rendered> rendered = aligned.get(Passes.RENDERED).setCoder(JavaCoder.of(Rendered.class));

        TmxSettings tmx = settings.tmx();
        write(rendered, "Tsv", Rendered::tsv, TextBlockSink.plain(), out, "corpus", ".tsv", shards);
        write(rendered, "Jsonl", Rendered::jsonl, TextBlockSink.plain(), out, "corpus", ".jsonl", shards);
        write(rendered, "Tmx", Rendered::tmxUnits,
                new TextBlockSink(Rendered.tmxHeader(tmx), Rendered.tmxFooter(tmx)), out, "corpus", ".tmx", shards);

        PCollection<Failure> failures = PCollectionList
                .of(pipeline.apply("InputProblems", Create.of(inputs.problems())
                        .withCoder(JavaCoder.of(Failure.class))))
                .and(learned.get(Passes.FAILED).setCoder(JavaCoder.of(Failure.class)))
                .and(aligned.get(Passes.FAILED).setCoder(JavaCoder.of(Failure.class)))
                .apply("Failures", Flatten.pCollections());
        write(failures, "DeadLetters", Failure::toTsvLine, TextBlockSink.plain(), out, "failures", ".tsv", shards);

        JavaCoder<Summary> summaryCoder = JavaCoder.of(Summary.class);
        PCollection<Summary> parts = PCollectionList
                .of(firstPasses.apply("LearnedCounts", MapElements.into(TypeDescriptor.of(Summary.class))
                        .via((Learned l) -> Summary.of(l, settings))).setCoder(summaryCoder))
                .and(rendered.apply("AlignedCounts", MapElements.into(TypeDescriptor.of(Summary.class))
                        .via(Summary::of)).setCoder(summaryCoder))
                .and(failures.apply("FailureCounts", MapElements.into(TypeDescriptor.of(Summary.class))
                        .via(Summary::of)).setCoder(summaryCoder))
                .and(aligned.get(Passes.MONOLINGUAL).setCoder(StringUtf8Coder.of())
                        .apply("LostLanguage", MapElements.into(TypeDescriptor.of(Summary.class))
                                .via(Summary::monolingual)).setCoder(summaryCoder))
                .and(plans.apply("PlanCounts", MapElements.into(TypeDescriptor.of(Summary.class))
                        .via(Summary::of)).setCoder(summaryCoder))
                .and(pipeline.apply("InputWarnings", Create.of(List.of(Summary.ofInputs(inputs)))
                        .withCoder(summaryCoder)))
                .apply("Parts", Flatten.pCollections());
        parts.apply("Summary", Combine.globally(new Summary.Fn())).setCoder(StringUtf8Coder.of())
                .apply("WriteSummary", FileIO.<String>write().via(TextBlockSink.plain()).to(out).withNumShards(1)
                        .withNaming((window, pane, numShards, shardIndex, compression) -> "summary.tsv"));
    }

    private static <T> void write(PCollection<T> items, String name, SerializableFunction<T, String> text,
                                  TextBlockSink sink, String out, String prefix, String suffix, int shards) {
        FileIO.Write<Void, String> write = FileIO.<String>write().via(sink).to(out).withPrefix(prefix)
                .withSuffix(suffix);
        items.apply(name + "Text", MapElements.into(TypeDescriptors.strings()).via(text))
                .setCoder(StringUtf8Coder.of())
                .apply("Write" + name, shards > 0 ? write.withNumShards(shards) : write);
    }
}
