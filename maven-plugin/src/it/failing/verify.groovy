// The build failed on the finding, which the log shows at its line, as seeddoc check prints it,
// with the file's path relative to the project. The SARIF report names the file from the
// repository's root, as code scanning resolves it: here the root is seeddoc's own checkout.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] seeds/100_0000000000000001.txt:9:1: error [SD203]') : log
assert log.contains('seeddoc found errors in seed documents')
def sarif = new File(basedir, 'target/seeddoc.sarif').text
assert sarif.contains('"ruleId": "SD203"')
def root = basedir.canonicalFile
while (root != null && !new File(root, '.git').exists()) {
  root = root.parentFile
}
def file = new File(basedir, 'seeds/100_0000000000000001.txt').canonicalFile
def expected = root == null ? 'seeds/100_0000000000000001.txt' : root.toPath().relativize(file.toPath()).toString()
assert sarif.contains('"uri": "' + expected + '"') : sarif
