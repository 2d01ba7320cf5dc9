// Both fuzz tests ran in regression mode, on their checked-in inputs, passed, and printed nothing.
def reports = new File(basedir, 'target/surefire-reports')
def suite = new File(reports, 'TEST-com.example.fuzzing.ArchiveFuzzTest.xml').getText('UTF-8')
assert suite =~ /<testsuite [^>]*failures="0"/ && suite =~ /<testsuite [^>]*errors="0"/ : suite
assert suite.contains('name="storedDocumentsLoadAsThemselves') : suite
assert suite.contains('name="anyFileTheArchiveIsGivenKeepsSeeddocsPromises') : suite
def inputs = new File(basedir, 'src/test/resources/com/example/fuzzing/ArchiveFuzzTestInputs/storedDocumentsLoadAsThemselves')
def replayed = (suite =~ /<testcase name="storedDocumentsLoadAsThemselves/).size()
assert replayed > inputs.list().length : "${replayed} runs for ${inputs.list().length} inputs: ${suite}"
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('SLF4J') && !log.contains('HV000001') : log
