#!/usr/bin/env bash
# Where a cold `javac` build's time goes with the errors-plus processor: a wall-clock profile of
# javac's main thread (async-profiler, from Maven Central) for the idle processor and errors-plus,
# on the synthetic module of ColdBuildHarness, summed by javac phase and processor stage.
# Usage (from the repository root): bash benchmarks/cold-build-profile.sh [endpoints] [runs]
# Needs python3. The figures are milliseconds of wall time on the main thread, summed over the
# runs and divided by their number; BENCHMARKS.md quotes them by hand.
set -euo pipefail
ENDPOINTS=${1:-2000}
RUNS=${2:-3}
WORK=benchmarks/target/cold-profile
AP_VERSION=4.2

mvn -B -q -pl benchmarks -am -DskipTests package
mvn -B -q -pl processor -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile=target/processor.classpath -DincludeScope=runtime
mvn -B -q -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact=tools.profiler:async-profiler:$AP_VERSION \
    -DoutputDirectory="$WORK"
unzip -oq "$WORK/async-profiler-$AP_VERSION.jar" 'linux-x64/*' -d "$WORK"
AGENT="$PWD/$WORK/linux-x64/libasyncProfiler.so"
PROCESSOR="$PWD/processor/target/errors-plus-processor-0.1.0-SNAPSHOT.jar:$(cat processor/target/processor.classpath)"
rm -rf "$WORK/module"
java -cp benchmarks/target/benchmarks.jar io.errorsplus.benchmarks.processor.ColdBuildHarness \
    --processor-path "$PROCESSOR" --rounds 0 --endpoints "$ENDPOINTS" --keep "$WORK/module" > /dev/null
MODULE="$WORK/module/e$ENDPOINTS"
CLASSPATH_FILE="$WORK/module/classpath.txt"

for run in $(seq 1 "$RUNS"); do
  for arm in idle errors-plus; do
    path="$PWD/$WORK/module/idle-processor/classes"
    [ "$arm" = errors-plus ] && path="$PROCESSOR"
    out="$PWD/$MODULE/out-$arm"
    rm -rf "$out" && mkdir -p "$out"
    (cd "$MODULE" && javac "-J-agentpath:$AGENT=start,event=wall,interval=1ms,threads,collapsed,file=$PWD/$arm-$run.collapsed" \
        --release 17 -nowarn -d "$out" -cp "$(cat "$PWD/../classpath.txt")" -processorpath "$path" \
        @sources.txt > "$PWD/$arm-$run.log" 2>&1)
  done
done

python3 - "$MODULE" "$RUNS" <<'EOF'
import collections, glob, sys
module, runs = sys.argv[1], int(sys.argv[2])

def stage(frames):
    joined = ';'.join(frames)
    if 'io/errorsplus/processor' in joined:
        for key, name in (('writeCatalog', 'errors-plus: catalogue source'),
                          ('writeResources', 'errors-plus: document'),
                          ('readRound', 'errors-plus: reading, validation, throw analysis')):
            if key in joined:
                return name
        return 'errors-plus: loading, init'
    for key, name in (('Round.<init>', 'javac: a processing round (re-enters every source)'),
                      ('JavacProcessingEnvironment', 'javac: annotation processing, other'),
                      ('JavaCompiler.attribute', 'javac: attribute'),
                      ('JavaCompiler.flow', 'javac: flow'),
                      ('JavaCompiler.desugar', 'javac: desugar'),
                      ('JavaCompiler.generate', 'javac: generate'),
                      ('JavaCompiler.enterTrees', 'javac: enter'),
                      ('JavaCompiler.parseFiles', 'javac: parse')):
        if key in joined:
            return name
    return 'other (start-up, class loading outside the phases)'

table = {}
for arm in ('idle', 'errors-plus'):
    counts = collections.Counter()
    for path in glob.glob(f'{module}/{arm}-*.collapsed'):
        for line in open(path):
            stack, samples = line.rsplit(' ', 1)
            frames = stack.split(';')
            if frames[0].startswith('[main tid'):
                counts[stage(frames[1:])] += int(samples)
    table[arm] = counts
names = sorted(set(table['idle']) | set(table['errors-plus']),
               key=lambda n: -(table['errors-plus'][n] + table['idle'][n]))
print(f'{"main thread, ms per build (wall)":52} {"idle":>8} {"errors-plus":>12} {"added":>8}')
for name in names:
    idle, ep = table['idle'][name] / runs, table['errors-plus'][name] / runs
    print(f'{name:52} {idle:8.0f} {ep:12.0f} {ep - idle:+8.0f}')
idle, ep = sum(table['idle'].values()) / runs, sum(table['errors-plus'].values()) / runs
print(f'{"total":52} {idle:8.0f} {ep:12.0f} {ep - idle:+8.0f}')

# What the time with an errors-plus frame on the stack is spent on, by what its innermost
# errors-plus frame calls.
LOADING = ('ClassLoader.loadClass', 'ClassLoader.defineClass', 'SystemDictionary', 'ClassFileParser',
           'Verifier', 'link_class', 'InstanceKlass::link', 'URLClassPath', 'load_instance_class')
INDY = ('java/lang/invoke', 'LambdaMetafactory', 'ObjectMethods', 'linkCallSite', 'StringConcatFactory')
kinds = collections.Counter()
for path in glob.glob(f'{module}/errors-plus-*.collapsed'):
    for line in open(path):
        stack, samples = line.rsplit(' ', 1)
        frames = stack.split(';')
        if not frames[0].startswith('[main tid'):
            continue
        ours = [i for i, f in enumerate(frames) if f.startswith('io/errorsplus/processor')]
        if not ours:
            continue
        below = frames[ours[-1] + 1:]
        joined = ';'.join(below)
        callee = below[0] if below else ''
        if any(k in joined for k in LOADING):
            kind = 'class loading, linking, verification'
        elif any(k in joined for k in INDY):
            kind = 'invokedynamic bootstrap (lambdas)'
        elif callee.startswith('com/fasterxml'):
            kind = 'jackson-core'
        elif callee.startswith('com/palantir'):
            kind = 'JavaPoet'
        elif callee.startswith(('com/sun/tools', 'com/sun/source', 'javax/lang')):
            kind = 'javac, called by errors-plus (elements, trees, filer)'
        else:
            kind = 'errors-plus code and the JDK classes it calls'
        kinds[kind] += int(samples)
print()
print(f'{"with an errors-plus frame on the stack, ms per build":52} {"":8} {"errors-plus":>12}')
for kind, samples in kinds.most_common():
    print(f'{kind:52} {"":8} {samples / runs:12.0f}')
EOF
