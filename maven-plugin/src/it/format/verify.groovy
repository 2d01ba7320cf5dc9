// seeddoc:format rewrote the file in the canonical layout and said so with its path in the project;
// the second run, with check, found it canonical.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] formatted seeds/100_0000000000000001.txt') : log
assert log.contains('seeddoc: 1 file, 0 formatted, 0 not canonical or unreadable') : log
def seed = new File(basedir, 'seeds/100_0000000000000001.txt').getText('UTF-8')
assert seed.contains('\ncategory: news\n') : seed
