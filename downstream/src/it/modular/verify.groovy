def run = evaluate(new File(itSources, 'run.groovy'))
def classes = new File(basedir, 'target/classes').path
def out = run(basedir, ['-p', classes + File.pathSeparator + new File(basedir, 'target/classpath.txt').getText('UTF-8').trim(),
    '-m', 'com.example.modular/com.example.modular.Modular', seeds])
assert out.contains('checked 2 files, 0 errors') : out
assert out.contains('edit CHANGED, title now Edited from Java') : out
assert out.contains('cache run 2: 2 replayed, 0 checked') : out
assert out.contains('with a configuration, found 1 of 2 files, 1 configuration file') : out
