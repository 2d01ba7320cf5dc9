// What every downstream project's verify.groovy checks of a program it runs, as a user's shell
// would run it: exit 0 and nothing at all on standard error. Returns the program's standard output.
return { File basedir, List<String> arguments ->
  def command = [System.getProperty('java.home') + '/bin/java'] + arguments
  def process = new ProcessBuilder(command).directory(basedir).start()
  def out = new StringBuilder()
  def err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  assert err.toString() == '' : "standard error of ${arguments}: ${err}"
  assert process.exitValue() == 0 : "exit ${process.exitValue()} of ${arguments}: ${out}"
  out.toString()
}
