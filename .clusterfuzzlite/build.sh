#!/bin/bash -eu
# Builds seeddoc's Jazzer targets the way OSS-Fuzz and ClusterFuzzLite run them (docs/fuzzing.md):
# every @FuzzTest method of testkit/src/test/java/org/seeddoc/testkit/fuzz becomes $OUT/<Class>_<method>,
# a script that runs it through jazzer_driver, with <name>.dict, <name>.options and
# <name>_seed_corpus.zip (its checked-in inputs, and for the byte-level targets the shipped seed corpus).
# OSS-Fuzz's images set $SRC, $OUT and put jazzer_driver and jazzer_agent_deploy.jar in $OUT;
# .ci/fuzz sets them itself and runs the same scripts through Jazzer's standalone driver.
set -euo pipefail
cd "${SEEDDOC_ROOT:-$SRC/seeddoc}"
fuzz=testkit/src/test/java/org/seeddoc/testkit/fuzz
inputs=testkit/src/test/resources/org/seeddoc/testkit/fuzz
assets=testkit/src/main/resources/org/seeddoc/testkit/fuzz

# One reactor run, so that the api and impl are the ones just compiled; testkit, the last module,
# leaves its test class path, where api and impl are folders of classes.
mvn -B -q -Dstyle.color=never -DskipTests -Dmaven.javadoc.skip=true -pl testkit -am \
    test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$OUT/classpath.txt"

# The targets' classes and every jar they need, beside the drivers; the Jazzer driver and API come
# from the environment, which runs its own version of them.
rm -rf "$OUT/lib" && mkdir -p "$OUT/lib"
jar cf "$OUT/lib/seeddoc-fuzz-targets.jar" -C testkit/target/test-classes .
jar cf "$OUT/lib/seeddoc-testkit.jar" -C testkit/target/classes .
runtime='$this_dir/lib/seeddoc-fuzz-targets.jar:$this_dir/lib/seeddoc-testkit.jar'
for entry in $(tr ':' '\n' < "$OUT/classpath.txt"); do
  if [[ -d $entry ]]; then
    name=seeddoc-$(basename "$(dirname "$(dirname "$entry")")").jar
    jar cf "$OUT/lib/$name" -C "$entry" .
  else
    name=$(basename "$entry")
    case $name in jazzer-[0-9]*.jar | jazzer-api-*.jar) continue ;; esac
    cp "$entry" "$OUT/lib/"
  fi
  runtime="$runtime:\$this_dir/lib/$name"
done
rm "$OUT/classpath.txt"

for source in "$fuzz"/*FuzzTest.java; do
  class=$(basename "$source" .java)
  for method in $(grep -A3 '@FuzzTest' "$source" | sed -n 's/.*void \([A-Za-z0-9_]*\)(.*/\1/p'); do
    name=${class}_${method}
    cp "$assets/seeddoc.dict" "$OUT/$name.dict"
    cp "$assets/seeddoc.options" "$OUT/$name.options"
    sed -i "s/^dict = .*/dict = $name.dict/" "$OUT/$name.options"
    corpus=$(mktemp -d)
    if [[ -d $inputs/${class}Inputs/$method ]]; then
      cp -r "$inputs/${class}Inputs/$method/." "$corpus/"
    fi
    if grep -q "void $method(byte\[\]" "$source"; then
      cp -r "$inputs/ReaderFuzzTestInputs/rawBytes/." "$corpus/"
    fi
    rm -f "$OUT/${name}_seed_corpus.zip"
    if [[ -n $(ls -A "$corpus") ]]; then
      (cd "$corpus" && jar cfM "$OUT/${name}_seed_corpus.zip" .)
    fi
    rm -rf "$corpus"
    cat > "$OUT/$name" <<DRIVER
#!/bin/bash
# LLVMFuzzerTestOneInput for fuzzer detection.
this_dir=\$(dirname "\$0")
LD_LIBRARY_PATH="${JVM_LD_LIBRARY_PATH:-}":\$this_dir \\
\$this_dir/jazzer_driver --agent_path=\$this_dir/jazzer_agent_deploy.jar \\
  --cp=$runtime \\
  --target_class=org.seeddoc.testkit.fuzz.$class --target_method=$method \\
  --instrumentation_includes='org.seeddoc.**:org.snakeyaml.**' \\
  --jvm_args="-Xmx1g:-Xss1m" \\
  "\$@"
DRIVER
    chmod +x "$OUT/$name"
  done
done
