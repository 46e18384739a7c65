package dev.indexer.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The service's packages depend on one another without cycles: each package, sub-packages included
 * as packages of their own, can be read knowing only those below it. A new cycle fails here, naming
 * the classes that close it.
 */
class PackageCyclesTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("dev.indexer");

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("dev.indexer.(**)").should().beFreeOfCycles().check(MAIN);
  }
}
