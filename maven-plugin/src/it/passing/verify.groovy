// The check ran, passed, logged its summary and wrote its SARIF report with paths relative to the
// project; the help goal lists the goals.
def log = new File(basedir, 'build.log').text
assert log.contains('seeddoc: 1 file, 0 errors, 0 warnings') : log
def sarif = new File(basedir, 'target/seeddoc.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version": "2.1.0"')
assert log.contains('seeddoc:check') && log.contains('seeddoc:format') && log.contains('seeddoc:help') : log
