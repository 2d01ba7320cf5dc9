// The tests ran, passed, and printed nothing: an empty report of output, no SLF4J or Hibernate Validator lines.
def reports = new File(basedir, 'target/surefire-reports')
def suite = new File(reports, 'TEST-com.example.testkit.ExporterTest.xml').getText('UTF-8')
assert suite =~ /<testsuite [^>]*tests="3"/ && suite =~ /<testsuite [^>]*failures="0"/ && suite =~ /<testsuite [^>]*errors="0"/ : suite
def printed = reports.listFiles().findAll { it.name.endsWith('-output.txt') && it.length() > 0 }
assert printed.isEmpty() : "the tests printed: ${printed*.text}"
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('SLF4J') && !log.contains('HV000001') : log
