// The build failed on the finding, which the log shows at its line, as seeddoc check prints it,
// with the file's path relative to the project; the SARIF report names it so too.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] seeds/100_0000000000000001.txt:9:1: error [SD203]') : log
assert log.contains('seeddoc found errors in seed documents')
def sarif = new File(basedir, 'target/seeddoc.sarif').text
assert sarif.contains('"ruleId": "SD203"')
assert sarif.contains('"uri": "seeds/100_0000000000000001.txt"') : sarif
