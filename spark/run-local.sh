#!/usr/bin/env bash
# spark-submit without a Spark distribution: what a distribution's bin/spark-submit does
# (bin/spark-class: Spark's launcher, org.apache.spark.launcher.Main, builds the java command of
# org.apache.spark.deploy.SparkSubmit with the JVM options Spark needs, and the script runs it),
# on a Spark home whose jars/ are the Spark jars Maven resolved for the build
# (spark/target/spark-classpath.txt). The arguments are spark-submit's, e.g.
#   spark/run-local.sh --master 'local[2]' --class org.tradetarget.spark.SparkPanelBacktest \
#     spark/target/tradetarget-spark.jar --panel /data/BACI_HS92_V202501 --panel-format baci \
#     --level total --out /tmp/panel-out
# Build first: mvn -o -q -pl spark -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cp_file="$here/target/spark-classpath.txt"
if [ ! -f "$cp_file" ]; then
  echo "run-local.sh: $cp_file is missing; build with: mvn -o -q -pl spark -am package -DskipTests" >&2
  exit 2
fi
# A Spark home: RELEASE marks a distribution's layout (jars in jars/), its jars link to Maven's.
home="$here/target/spark-home"
if [ ! -f "$home/RELEASE" ] || [ "$cp_file" -nt "$home/RELEASE" ]; then
  rm -rf "$home"
  mkdir -p "$home/jars" "$home/conf"
  IFS=: read -r -a jars < "$cp_file" || true  # one line, no newline at its end
  for j in "${jars[@]}"; do ln -s "$j" "$home/jars/"; done
  echo "Spark jars from the Maven repository ($(basename "$(ls "$home"/jars/spark-core_*.jar)"))" \
    > "$home/RELEASE"
fi
export SPARK_HOME="$home"
export SPARK_SCALA_VERSION=2.13
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# As bin/spark-class reads the launcher's output: messages, a NUL line, then the command's
# arguments separated by NUL; the launcher's exit code is appended last.
build_command() {
  "$java" -Xmx128m -cp "$home/jars/*" org.apache.spark.launcher.Main "$@"
  printf "%d\0" $?
}
CMD=()
DELIM=$'\n'
started=false
while IFS= read -d "$DELIM" -r ARG; do
  if [ "$started" = true ]; then
    CMD+=("$ARG")
  elif [ -z "$ARG" ]; then
    # the NUL line (bash reads NUL as empty): the command follows, NUL-separated
    DELIM=''
    started=true
  else
    echo "$ARG"
  fi
done < <(build_command org.apache.spark.deploy.SparkSubmit "$@")
last=$((${#CMD[@]} - 1))
code=${CMD[$last]}
if [ "$code" != 0 ]; then
  exit "$code"
fi
unset 'CMD[last]'
exec "${CMD[@]}"
