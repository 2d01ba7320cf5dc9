def run = evaluate(new File(itSources, 'run.groovy'))
def classes = new File(basedir, 'target/classes').path
def out = run(basedir, ['-cp', classes + File.pathSeparator + new File(basedir, 'target/classpath.txt').getText('UTF-8').trim(),
    'com.example.classpath.Main', seeds])
assert out.contains('checked 2 files, 0 errors') : out
assert out.contains('configured 2 files') : out
assert out.contains('cache run 1: 0 replayed, 2 checked') && out.contains('cache run 2: 2 replayed, 0 checked') : out
assert out.contains('format CHANGED') && out.contains('format again UNCHANGED') : out
assert out.contains('edit CHANGED, title now Edited from Java') : out
assert out =~ /fix (CHANGED|UNCHANGED), \d+ findings left/ : out
