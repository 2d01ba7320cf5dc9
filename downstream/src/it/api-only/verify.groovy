def run = evaluate(new File(itSources, 'run.groovy'))
def seed = new File(seeds).listFiles().findAll { it.name.endsWith('.txt') }.sort()[0].path
def out = run(basedir, ['-cp', new File(basedir, 'target/classes').path + File.pathSeparator
    + new File(basedir, 'target/classpath.txt').getText('UTF-8').trim(), 'com.example.apionly.Main', seed])
assert out.contains('title: "A better title"') : out
assert out.contains('left out: 0') : out
