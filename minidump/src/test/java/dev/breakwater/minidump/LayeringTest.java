package dev.breakwater.minidump;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.breakwater.minidump.output.MachineOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module's package layers, checked on the compiled main classes. From the bottom:
 *
 * <ol>
 *   <li>{@code format}: the dump file's structures; depends on no other layer.
 *   <li>{@code model}: the process state (modules, frames, threads); uses {@code format}'s CPU and
 *       context types.
 *   <li>{@code symbols} (with {@code symbols.supply}): {@code .sym} files, suppliers, CFI and STACK
 *       WIN evaluation. It sits below {@code walk} because the walkers evaluate its rules through
 *       {@code CfiRules}, {@code WinFrameInfo}, {@code PostfixEvaluator} and {@code MemoryReader}
 *       (implemented by {@code walk.StackMemory}), while nothing in it needs a walker. Today it
 *       uses neither {@code format} nor {@code model} either; it may, as they are below it.
 *   <li>{@code walk}: the stack walkers per CPU and the frame symbolizer.
 *   <li>{@code process}: reading a whole dump into a process state, Breakpad's wording, running the
 *       walkers over the threads.
 *   <li>Two layers side by side, neither using the other: the API ({@link MinidumpProcessor},
 *       {@link ProcessOptions}, the classes directly in {@code dev.breakwater.minidump}), which
 *       turns a dump into a {@code model.ProcessState}; and {@code output}, which writes a process
 *       state as machine, human or JSON text. They meet only in their callers, through the model.
 *   <li>{@code cli}: the command line; may use everything.
 * </ol>
 *
 * Every layer may use any layer below it. A main class outside these packages fails {@link
 * #everyClassBelongsToALayer()}, so a new package gets a place in the order rather than escaping
 * the rule.
 */
class LayeringTest {
  static final String ROOT = "dev.breakwater.minidump";

  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("format")
          .definedBy(ROOT + ".format..")
          .layer("model")
          .definedBy(ROOT + ".model..")
          .layer("symbols")
          .definedBy(ROOT + ".symbols..")
          .layer("walk")
          .definedBy(ROOT + ".walk..")
          .layer("process")
          .definedBy(ROOT + ".process..")
          .layer("api")
          .definedBy(ROOT)
          .layer("output")
          .definedBy(ROOT + ".output..")
          .layer("cli")
          .definedBy(ROOT + ".cli..")
          .whereLayer("format")
          .mayNotAccessAnyLayer()
          .whereLayer("model")
          .mayOnlyAccessLayers("format")
          .whereLayer("symbols")
          .mayOnlyAccessLayers("model", "format")
          .whereLayer("walk")
          .mayOnlyAccessLayers("symbols", "model", "format")
          .whereLayer("process")
          .mayOnlyAccessLayers("walk", "symbols", "model", "format")
          .whereLayer("api")
          .mayOnlyAccessLayers("process", "walk", "symbols", "model", "format")
          .whereLayer("output")
          .mayOnlyAccessLayers("process", "walk", "symbols", "model", "format")
          .whereLayer("cli")
          .mayOnlyAccessLayers("api", "output", "process", "walk", "symbols", "model", "format")
          .because("a layer that reaches up can no longer be used, tested or reasoned about alone");

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void lowerLayersNeverDependOnHigherOnes() {
    LAYERS.check(main);
  }

  @Test
  void everyClassBelongsToALayer() {
    classes()
        .should()
        .resideInAnyPackage(
            ROOT + ".format..",
            ROOT + ".model..",
            ROOT + ".symbols..",
            ROOT + ".walk..",
            ROOT + ".process..",
            ROOT,
            ROOT + ".output..",
            ROOT + ".cli..")
        .check(main);
  }

  /** The rule is not vacuous: a format class that calls into output breaks it. */
  @Test
  void aFormatClassUsingOutputBreaksTheRule() {
    JavaClasses withViolation =
        new ClassFileImporter()
            .importClasses(
                dev.breakwater.minidump.format.LayerViolationFixture.class, MachineOutput.class);
    EvaluationResult result = LAYERS.evaluate(withViolation);
    assertTrue(result.hasViolation());
    String report = result.getFailureReport().toString();
    assertTrue(report.contains("LayerViolationFixture"), report);
    assertTrue(report.contains(MachineOutput.class.getName()), report);
  }
}
