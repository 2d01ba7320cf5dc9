// The check ran, passed, and wrote its SARIF report.
def log = new File(basedir, 'build.log').text
assert log.contains('1 files, 0 errors')
def sarif = new File(basedir, 'target/seeddoc.sarif')
assert sarif.isFile()
assert sarif.text.contains('"version": "2.1.0"')
