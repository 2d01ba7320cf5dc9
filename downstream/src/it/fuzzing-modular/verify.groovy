def run = evaluate(new File(itSources, 'run.groovy'))
def classes = new File(basedir, 'target/classes').path
def out = run(basedir, ['-p', classes + File.pathSeparator + new File(basedir, 'target/classpath.txt').getText('UTF-8').trim(),
    '-m', 'com.example.fuzzmodular/com.example.fuzzmodular.FuzzModular'])
assert out.contains('kinds 5: ') : out
assert out =~ /seed corpus [1-9][0-9]* files/ : out
