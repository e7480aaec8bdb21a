<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ClipboardElements</name>
    <message>
        <source>the clipboard data is damaged: %1</source>
        <translation>クリップボードのデータが壊れています: %1</translation>
    </message>
    <message>
        <source>%1 bytes are too few for its header</source>
        <translation>%1 バイトではヘッダーに足りません</translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation>ヘッダーを読み取れません</translation>
    </message>
    <message>
        <source>it does not start with Ryuk Studio&apos;s mark</source>
        <translation>Ryuk Studio の識別子で始まっていません</translation>
    </message>
    <message>
        <source>the clipboard data is of version %1; this version of Ryuk Studio reads version %2</source>
        <translation>クリップボードのデータはバージョン %1 です。この Ryuk Studio が読めるのはバージョン %2 です</translation>
    </message>
    <message>
        <source>it claims %1 nodes in %2 bytes</source>
        <translation>%2 バイトに %1 個のノードがあるとされています</translation>
    </message>
    <message>
        <source>it claims %1 nodes and %2 relationships in %3 bytes</source>
        <translation>%3 バイトに %1 個のノードと %2 個のリレーションシップがあるとされています</translation>
    </message>
    <message>
        <source>it ends inside node %1 of %2</source>
        <translation>ノード %1/%2 の途中で終わっています</translation>
    </message>
    <message>
        <source>it ends inside relationship %1 of %2</source>
        <translation>リレーションシップ %1/%2 の途中で終わっています</translation>
    </message>
    <message>
        <source>%1 bytes follow the last element</source>
        <translation>最後の要素の後に %1 バイトが続いています</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open the story</source>
        <translation>ストーリーを開けません</translation>
    </message>
    <message>
        <source>the story is being changed by another program; try again</source>
        <translation>ストーリーが別のプログラムで変更中です。もう一度お試しください</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>a value is too long to store (the limit is %1 bytes)</source>
        <translation>値が長すぎて保存できません (上限は %1 バイトです)</translation>
    </message>
</context>
<context>
    <name>Dot</name>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートがキャンセルされました</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>GraphML</name>
    <message>
        <source>%1 &quot;%2&quot;: %3 holds %4, which XML cannot carry</source>
        <translation>%1 &quot;%2&quot;: %3 に XML で表せない %4 が含まれています</translation>
    </message>
    <message>
        <source>the id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>the type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the stored properties are not a JSON object</source>
        <translation>%1 &quot;%2&quot;: 保存されているプロパティが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the property name &quot;%1&quot;</source>
        <translation>プロパティ名 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a boolean</source>
        <translation>%1 は真偽値ではありません</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (column %2: %3)</source>
        <translation>%1 は有効な JSON ではありません (%2 列目: %3)</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation>ノード &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot;</source>
        <translation>エッジ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>edge #%1</source>
        <translation>エッジ #%1</translation>
    </message>
    <message>
        <source>import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>invalid XML: %1</source>
        <translation>XML が不正です: %1</translation>
    </message>
    <message>
        <source>not a GraphML file: no root element</source>
        <translation>GraphML ファイルではありません: ルート要素がありません</translation>
    </message>
    <message>
        <source>not a GraphML file: the root element is &lt;%1&gt;</source>
        <translation>GraphML ファイルではありません: ルート要素が &lt;%1&gt; です</translation>
    </message>
    <message>
        <source>a second &lt;graph&gt;: a story is imported from one graph</source>
        <translation>2 つ目の &lt;graph&gt; があります: ストーリーは 1 つのグラフからインポートされます</translation>
    </message>
    <message>
        <source>the file holds no &lt;graph&gt;</source>
        <translation>ファイルに &lt;graph&gt; がありません</translation>
    </message>
    <message>
        <source>a &lt;key&gt; has no &quot;id&quot; attribute</source>
        <translation>&lt;key&gt; に &quot;id&quot; 属性がありません</translation>
    </message>
    <message>
        <source>duplicate key id &quot;%1&quot;</source>
        <translation>キー id &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: unknown for=&quot;%2&quot;</source>
        <translation>キー &quot;%1&quot;: for=&quot;%2&quot; は不明です</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: unknown attr.type &quot;%2&quot;</source>
        <translation>キー &quot;%1&quot;: attr.type &quot;%2&quot; は不明です</translation>
    </message>
    <message>
        <source>key &quot;%1&quot;, default: %2</source>
        <translation>キー &quot;%1&quot; の default: %2</translation>
    </message>
    <message>
        <source>graphs nest deeper than %1 levels</source>
        <translation>グラフの入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>hyperedges are not supported</source>
        <translation>ハイパーエッジには対応していません</translation>
    </message>
    <message>
        <source>a &lt;node&gt; has no &quot;id&quot; attribute</source>
        <translation>&lt;node&gt; に &quot;id&quot; 属性がありません</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; attribute</source>
        <translation>%1 に &quot;%2&quot; 属性がありません</translation>
    </message>
    <message>
        <source>a &lt;data&gt; has no &quot;key&quot; attribute</source>
        <translation>&lt;data&gt; に &quot;key&quot; 属性がありません</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>不明なキー &quot;%1&quot; です</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is declared for=&quot;%2&quot; and cannot be used on a &lt;%3&gt;</source>
        <translation>キー &quot;%1&quot; は for=&quot;%2&quot; で宣言されているため、&lt;%3&gt; では使用できません</translation>
    </message>
    <message>
        <source>data for key &quot;%1&quot; must be text, not XML elements</source>
        <translation>キー &quot;%1&quot; のデータは XML 要素ではなくテキストでなければなりません</translation>
    </message>
    <message>
        <source>%1: two values for %2</source>
        <translation>%1: %2 の値が 2 つあります</translation>
    </message>
    <message>
        <source>%1, %2: %3 is not a number</source>
        <translation>%1 の %2: %3 は数値ではありません</translation>
    </message>
    <message>
        <source>property &quot;%1&quot;</source>
        <translation>プロパティ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1, property &quot;%2&quot;: %3</source>
        <translation>%1 のプロパティ &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; names no node</source>
        <translation>%1: %2 &quot;%3&quot; のノードが存在しません</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>インポートがキャンセルされました</translation>
    </message>
    <message>
        <source>the story title holds %1, which XML cannot carry</source>
        <translation>ストーリーのタイトルに XML で表せない %1 が含まれています</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートがキャンセルされました</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>values nest deeper than %1 levels</source>
        <translation>値の入れ子が %1 階層を超えています</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>キー &quot;%1&quot; が重複しています</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>unknown language “%1”; available: %2</source>
        <translation>不明な言語「%1」です (使用可能: %2)</translation>
    </message>
</context>
<context>
    <name>LoadTest</name>
    <message>
        <source>workers must be between 1 and %1</source>
        <translation>workers は 1 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>a load test runs for more than 0 seconds and at most a day</source>
        <translation>負荷テストの実行時間は 0 秒より長く 1 日以内で指定してください</translation>
    </message>
    <message>
        <source>unknown query kind &quot;%1&quot; in the mix</source>
        <translation>ミックスに不明なクエリ種別 &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>the weight of &quot;%1&quot; must not be negative</source>
        <translation>&quot;%1&quot; の重みに負の値は指定できません</translation>
    </message>
    <message>
        <source>nothing to query: the mix&apos;s kinds find nothing in this story</source>
        <translation>クエリの対象がありません: ミックスのクエリ種別ではこのストーリーから何も見つかりません</translation>
    </message>
</context>
<context>
    <name>ProfilerWidget</name>
    <message>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>JSON が不正です (%1 列目): %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>an integer too large for 64 bits</source>
        <translation>64 ビットに収まらない整数</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: property &quot;%3&quot; must be %4, not %5</source>
        <translation>%1 &quot;%2&quot;: プロパティ &quot;%3&quot; は %5 ではなく %4 でなければなりません</translation>
    </message>
    <message>
        <source>%1 id is empty</source>
        <translation>%1 の id が空です</translation>
    </message>
    <message>
        <source>%1 id &quot;%2…&quot; is longer than %3 bytes</source>
        <translation>%1 の id &quot;%2…&quot; が %3 バイトを超えています</translation>
    </message>
    <message>
        <source>%1 id is not valid UTF-8</source>
        <translation>%1 の id が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has an empty type</source>
        <translation>%1 &quot;%2&quot; の種類が空です</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has an invalid type name</source>
        <translation>%1 &quot;%2&quot; の種類名が不正です</translation>
    </message>
    <message>
        <source>a string holds a lone UTF-16 surrogate escape</source>
        <translation>文字列に対になっていない UTF-16 サロゲートのエスケープが含まれています</translation>
    </message>
    <message>
        <source>properties must be a JSON object, not %1</source>
        <translation>プロパティは %1 ではなく JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>property name is empty</source>
        <translation>プロパティ名が空です</translation>
    </message>
    <message>
        <source>property name is not valid UTF-8</source>
        <translation>プロパティ名が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>value of &quot;%1&quot; is not valid JSON at column %2: %3</source>
        <translation>&quot;%1&quot; の値が不正な JSON です (%2 列目): %3</translation>
    </message>
</context>
<context>
    <name>PropertyAssignment</name>
    <message>
        <source>line %1, column %2</source>
        <translation>%1 行 %2 列目</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <source>value of &quot;%1&quot; is not valid JSON at %2: %3</source>
        <translation>&quot;%1&quot; の値が不正な JSON です (%2): %3</translation>
    </message>
    <message>
        <source>expected KEY=VALUE, not &quot;%1&quot;</source>
        <translation>KEY=VALUE の形で指定してください (&quot;%1&quot; ではなく)</translation>
    </message>
    <message>
        <source>property name is empty in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; のプロパティ名が空です</translation>
    </message>
</context>
<context>
    <name>SceneRenderer</name>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>ending</source>
        <translation>エンディング</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate the story</source>
        <translation>ストーリーを移行できません</translation>
    </message>
    <message>
        <source>cannot migrate node &quot;%1&quot;: %2</source>
        <translation>ノード &quot;%1&quot; を移行できません: %2</translation>
    </message>
    <message>
        <source>cannot migrate the story: %1</source>
        <translation>ストーリーを移行できません: %1</translation>
    </message>
    <message>
        <source>cannot migrate node &quot;%1&quot;</source>
        <translation>ノード &quot;%1&quot; を移行できません</translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;: it names no node &quot;%2&quot;</source>
        <translation>関係 &quot;%1&quot; を移行できません: 存在しないノード &quot;%2&quot; を参照しています</translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;: %2</source>
        <translation>関係 &quot;%1&quot; を移行できません: %2</translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;</source>
        <translation>関係 &quot;%1&quot; を移行できません</translation>
    </message>
    <message>
        <source>the story file is damaged (tables are missing)</source>
        <translation>ストーリーファイルが破損しています (テーブルがありません)</translation>
    </message>
    <message>
        <source>cannot migrate the story: duplicate id &quot;%1&quot;</source>
        <translation>ストーリーを移行できません: id &quot;%1&quot; が重複しています</translation>
    </message>
</context>
<context>
    <name>StoryDocument</name>
    <message>
        <source>no node or relationship has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードまたは関係はありません</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n relationship(s)</source>
        <translation>
            <numerusform>関係 %n 件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>ノード %n 個を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryFlow</name>
    <message>
        <source>maxDepth must be between 1 and %1</source>
        <translation>maxDepth は 1 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>limit must be between 1 and %1</source>
        <translation>limit は 1 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードはありません</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is an %2, not a Scene</source>
        <translation>ノード &quot;%1&quot; は Scene ではなく %2 です</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is a %2, not a Scene</source>
        <translation>ノード &quot;%1&quot; は Scene ではなく %2 です</translation>
    </message>
</context>
<context>
    <name>StoryFormat</name>
    <message>
        <source>%1 files can be written, not read</source>
        <translation>%1 ファイルは書き込めますが、読み込めません</translation>
    </message>
    <message>
        <source>%1 files can be read, not written</source>
        <translation>%1 ファイルは読み込めますが、書き込めません</translation>
    </message>
    <message>
        <source>unknown file type (known: %1)</source>
        <translation>不明なファイル形式です (対応形式: %1)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>ファイルに書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>StoryGenerator</name>
    <message>
        <source>generation cancelled</source>
        <translation>生成がキャンセルされました</translation>
    </message>
    <message>
        <source>cannot write the story: %1</source>
        <translation>ストーリーを書き込めません: %1</translation>
    </message>
    <message>
        <source>--scenes must be between %1 and %2</source>
        <translation>--scenes は %1 から %2 の範囲で指定してください</translation>
    </message>
    <message>
        <source>cannot write the story: the output is not open for writing</source>
        <translation>ストーリーを書き込めません: 出力先が書き込み用に開かれていません</translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation>ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot save the file: %1</source>
        <translation>ファイルを保存できません: %1</translation>
    </message>
</context>
<context>
    <name>StoryGraph</name>
    <message>
        <source>relationship &quot;%1&quot; joins a node the graph does not know</source>
        <translation>関係 &quot;%1&quot; がグラフに存在しないノードを結んでいます</translation>
    </message>
    <message>
        <source>the story kept changing while it was read; try again</source>
        <translation>読み込み中にストーリーが変更され続けました。もう一度お試しください</translation>
    </message>
</context>
<context>
    <name>StoryJson</name>
    <message>
        <source>import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>%1: properties nest deeper than %2 levels</source>
        <translation>%1: プロパティの入れ子が %2 階層を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not an object</source>
        <translation>&quot;%1&quot; はオブジェクトではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not an object</source>
        <translation>%1: &quot;%2&quot; はオブジェクトではなく %3 でなければなりません</translation>
    </message>
    <message>
        <source>a story file must be one JSON object</source>
        <translation>ストーリーファイルは 1 つの JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; at the top level</source>
        <translation>最上位に不明なキー &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; at the top level</source>
        <translation>最上位でキー &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: 不明なキー &quot;%2&quot; があります</translation>
    </message>
    <message>
        <source>%1: duplicate key &quot;%2&quot;</source>
        <translation>%1: キー &quot;%2&quot; が重複しています</translation>
    </message>
    <message>
        <source>a story file must be a JSON object, not an array</source>
        <translation>ストーリーファイルは配列ではなく JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not an array</source>
        <translation>&quot;%1&quot; は配列ではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not an array</source>
        <translation>&quot;%1&quot; の各要素は配列ではなくオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not an array</source>
        <translation>%1: &quot;%2&quot; は配列ではなく %3 でなければなりません</translation>
    </message>
    <message>
        <source>node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>the integer 1</source>
        <translation>整数 1</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a story file must be a JSON object</source>
        <translation>ストーリーファイルは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the integer 1, not %1</source>
        <translation>&quot;version&quot; は %1 ではなく整数 1 でなければなりません</translation>
    </message>
    <message>
        <source>unsupported version %1 (this version of Ryuk Studio reads version %2)</source>
        <translation>バージョン %1 には対応していません (このバージョンの Ryuk Studio が読み込めるのはバージョン %2 です)</translation>
    </message>
    <message>
        <source>(not an integer)</source>
        <translation>(整数以外)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation>&quot;%1&quot; は %3 ではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not %2</source>
        <translation>&quot;%1&quot; の各要素は %2 ではなくオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number, not %3</source>
        <translation>%1: &quot;%2&quot; は %3 ではなく数値でなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not %4</source>
        <translation>%1: &quot;%2&quot; は %4 ではなく %3 でなければなりません</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;format&quot; は &quot;%2&quot; ではなく &quot;%1&quot; でなければなりません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not a string</source>
        <translation>&quot;%1&quot; は文字列ではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not a string</source>
        <translation>&quot;%1&quot; の各要素は文字列ではなくオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not a string</source>
        <translation>%1: &quot;%2&quot; は文字列ではなく %3 でなければなりません</translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 に &quot;id&quot; がありません</translation>
    </message>
    <message>
        <source>%1 has no &quot;type&quot;</source>
        <translation>%1 に &quot;type&quot; がありません</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 に &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>インポートがキャンセルされました</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON が不正です: %1</translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: this is not a Ryuk story file</source>
        <translation>&quot;format&quot; がありません: Ryuk のストーリーファイルではありません</translation>
    </message>
    <message>
        <source>missing &quot;version&quot;</source>
        <translation>&quot;version&quot; がありません</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートがキャンセルされました</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>StoryLayout</name>
    <message>
        <source>layout cancelled</source>
        <translation>レイアウトがキャンセルされました</translation>
    </message>
</context>
<context>
    <name>StoryQueries</name>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードはありません</translation>
    </message>
    <message>
        <source>relationship &quot;%1&quot; has a negative weight</source>
        <translation>関係 &quot;%1&quot; の重みが負の値です</translation>
    </message>
    <message>
        <source>no LEADS_TO path from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>&quot;%1&quot; から &quot;%2&quot; への LEADS_TO の経路はありません</translation>
    </message>
</context>
<context>
    <name>StoryStore</name>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードはありません</translation>
    </message>
    <message>
        <source>relationship &quot;%1&quot;: &quot;%2&quot; names no node: &quot;%3&quot;</source>
        <translation>関係 &quot;%1&quot;: &quot;%2&quot; のノード &quot;%3&quot; が存在しません</translation>
    </message>
    <message>
        <source>--limit must be between 1 and %1</source>
        <translation>--limit は 1 から %1 の範囲で指定してください</translation>
    </message>
    <message>
        <source>--page must be 1 or more</source>
        <translation>--page は 1 以上で指定してください</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>the file is empty, not a Ryuk story</source>
        <translation>ファイルが空です (Ryuk のストーリーではありません)</translation>
    </message>
    <message>
        <source>no relationship has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; の関係はありません</translation>
    </message>
    <message>
        <source>no node or relationship has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードまたは関係はありません</translation>
    </message>
    <message>
        <source>not a Ryuk story (not a SQLite database)</source>
        <translation>Ryuk のストーリーではありません (SQLite データベースではありません)</translation>
    </message>
    <message>
        <source>a SQLite database, but not a Ryuk story</source>
        <translation>SQLite データベースですが、Ryuk のストーリーではありません</translation>
    </message>
    <message>
        <source>written by a newer Ryuk Studio (story format %1); this version reads up to %2</source>
        <translation>新しいバージョンの Ryuk Studio で保存されています (ストーリー形式 %1)。このバージョンで読み込めるのは形式 %2 までです</translation>
    </message>
    <message>
        <source>the story file is damaged (%1)</source>
        <translation>ストーリーファイルが破損しています (%1)</translation>
    </message>
    <message>
        <source>the story file is damaged (tables are missing)</source>
        <translation>ストーリーファイルが破損しています (テーブルがありません)</translation>
    </message>
    <message>
        <source>is a folder, not a story file</source>
        <translation>ストーリーファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>no such story file</source>
        <translation>ストーリーファイルが見つかりません</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>ファイルは既に存在します</translation>
    </message>
    <message>
        <source>unknown open mode</source>
        <translation>不明なオープンモードです</translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: x and y must be finite numbers</source>
        <translation>ノード &quot;%1&quot;: x と y は有限の数値でなければなりません</translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not a Character (its type is %2)</source>
        <translation>ノード &quot;%1&quot; は Character ではありません (種類は %2 です)</translation>
    </message>
    <message>
        <source>no query plan for kind &quot;%1&quot; (kinds: %2)</source>
        <translation>クエリ種別 &quot;%1&quot; のクエリプランはありません (種別: %2)</translation>
    </message>
    <message>
        <source>cannot create the story: %1</source>
        <translation>ストーリーを作成できません: %1</translation>
    </message>
    <message>
        <source>the file was replaced by another program while it was being created</source>
        <translation>作成中にファイルが別のプログラムによって置き換えられました</translation>
    </message>
    <message>
        <source>not a story this program created</source>
        <translation>このプログラムが作成したストーリーではありません</translation>
    </message>
    <message>
        <source>another program put its own file here; it was left as it is</source>
        <translation>別のプログラムがここに独自のファイルを置いたため、そのまま残しました</translation>
    </message>
    <message>
        <source>another program has the new story open; it was left in place</source>
        <translation>別のプログラムが新しいストーリーを開いているため、そのまま残しました</translation>
    </message>
    <message>
        <source>cannot remove the new story</source>
        <translation>新しいストーリーを削除できません</translation>
    </message>
</context>
<context>
    <name>StoryWalk</name>
    <message>
        <source>That scene no longer exists.</source>
        <translation>そのシーンはもう存在しません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This story has no scenes to play.</source>
        <translation>このストーリーにはプレイできるシーンがありません。</translation>
    </message>
    <message>
        <source>There is no way on numbered %1.</source>
        <translation>%1 番の進み先はありません。</translation>
    </message>
    <message>
        <source>“%1” leads nowhere yet.</source>
        <translation>「%1」にはまだ行き先がありません。</translation>
    </message>
</context>
<context>
    <name>Twine</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>ファイルが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>duplicate passage name &quot;%1&quot; (first at line %2)</source>
        <translation>パッセージ名 &quot;%1&quot; が重複しています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>passage header without a name</source>
        <translation>名前のないパッセージヘッダーがあります</translation>
    </message>
    <message>
        <source>unterminated tag block: no &quot;]&quot; after &quot;[&quot;</source>
        <translation>タグブロックが閉じられていません: &quot;[&quot; の後に &quot;]&quot; がありません</translation>
    </message>
    <message>
        <source>unexpected text after the passage name, tags and metadata: &quot;%1&quot;</source>
        <translation>パッセージ名、タグ、メタデータの後に予期しないテキストがあります: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid passage metadata: %1</source>
        <translation>パッセージのメタデータが不正です: %1</translation>
    </message>
    <message>
        <source>passage metadata must be a JSON object</source>
        <translation>パッセージのメタデータは JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>passage &quot;%1&quot;: &quot;position&quot; must be two numbers &quot;x,y&quot;</source>
        <translation>パッセージ &quot;%1&quot;: &quot;position&quot; は 2 つの数値 &quot;x,y&quot; でなければなりません</translation>
    </message>
    <message>
        <source>passage &quot;%1&quot;: &quot;size&quot; must be a string &quot;w,h&quot;</source>
        <translation>パッセージ &quot;%1&quot;: &quot;size&quot; は文字列 &quot;w,h&quot; でなければなりません</translation>
    </message>
    <message>
        <source>invalid StoryData: %1</source>
        <translation>StoryData が不正です: %1</translation>
    </message>
    <message>
        <source>StoryData must be a JSON object, not %1</source>
        <translation>StoryData は %1 ではなく JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>StoryData: &quot;%1&quot; must be %2, not %3</source>
        <translation>StoryData: &quot;%1&quot; は %3 ではなく %2 でなければなりません</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: a Twee passage name cannot hold a line break</source>
        <translation>シーン &quot;%1&quot;: Twee のパッセージ名に改行は使用できません</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: this name is reserved for a special Twee passage</source>
        <translation>シーン &quot;%1&quot;: この名前は Twee の特殊パッセージ用に予約されています</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: the tag &quot;%2&quot; holds a line break</source>
        <translation>シーン &quot;%1&quot;: タグ &quot;%2&quot; に改行が含まれています</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: the link &quot;%2&quot; to &quot;%3&quot; cannot be written as a Twee link</source>
        <translation>シーン &quot;%1&quot;: &quot;%3&quot; へのリンク &quot;%2&quot; は Twee のリンクとして書き出せません</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>エクスポートがキャンセルされました</translation>
    </message>
    <message>
        <source>the start passage &quot;%1&quot; does not exist</source>
        <translation>開始パッセージ &quot;%1&quot; が存在しません</translation>
    </message>
    <message>
        <source>unterminated link: no &quot;]]&quot; after &quot;[[&quot; on this line</source>
        <translation>リンクが閉じられていません: この行の &quot;[[&quot; の後に &quot;]]&quot; がありません</translation>
    </message>
    <message>
        <source>link to a passage that does not exist: &quot;%1&quot;</source>
        <translation>存在しないパッセージへのリンクです: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>インポートがキャンセルされました</translation>
    </message>
</context>
<context>
    <name>TwineHtml</name>
    <message>
        <source>unterminated comment: no &quot;--&gt;&quot; after &quot;&lt;!--&quot;</source>
        <translation>コメントが閉じられていません: &quot;&lt;!--&quot; の後に &quot;--&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>unterminated tag: no &quot;&gt;&quot; after &quot;&lt;&quot;</source>
        <translation>タグが閉じられていません: &quot;&lt;&quot; の後に &quot;&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>unterminated tag &lt;%1: no &quot;&gt;&quot;</source>
        <translation>タグ &lt;%1 が閉じられていません: &quot;&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; has no closing quote</source>
        <translation>属性 &quot;%1&quot; の閉じ引用符がありません</translation>
    </message>
    <message>
        <source>no &lt;tw-storydata&gt; element: this is not a published Twine 2 story</source>
        <translation>&lt;tw-storydata&gt; 要素がありません: 公開された Twine 2 のストーリーではありません</translation>
    </message>
    <message>
        <source>unterminated &lt;tw-passagedata&gt;: no &quot;&lt;/tw-passagedata&gt;&quot; before the next passage or the end of the file</source>
        <translation>&lt;tw-passagedata&gt; が閉じられていません: 次のパッセージまたはファイルの末尾までに &quot;&lt;/tw-passagedata&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>&lt;tw-passagedata&gt; without a name attribute</source>
        <translation>name 属性のない &lt;tw-passagedata&gt; があります</translation>
    </message>
    <message>
        <source>unterminated &lt;%1&gt;: no &quot;&lt;/%1&gt;&quot;</source>
        <translation>&lt;%1&gt; が閉じられていません: &quot;&lt;/%1&gt;&quot; がありません</translation>
    </message>
    <message>
        <source>the start node &quot;%1&quot; is not the pid of any passage</source>
        <translation>開始ノード &quot;%1&quot; はどのパッセージの pid でもありません</translation>
    </message>
    <message>
        <source>the zoom &quot;%1&quot; is not a number</source>
        <translation>zoom の値 &quot;%1&quot; は数値ではありません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Ryuk Studio, the editor for story graphs.</source>
        <translation>Ryuk Studio — ストーリーグラフ用エディター。</translation>
    </message>
    <message>
        <source>Story file (.ryuk) to open.</source>
        <translation>開くストーリーファイル (.ryuk)。</translation>
    </message>
    <message>
        <source>ryuk-studio: expected at most one story file, got %1.</source>
        <translation>ryuk-studio: 指定できるストーリーファイルは 1 つまでです (%1 個指定されました)。</translation>
    </message>
    <message>
        <source>Show the window in LANGUAGE (en, ja, …) instead of the saved or the system&apos;s language.</source>
        <translation>保存された言語やシステムの言語の代わりに、LANGUAGE (en, ja, …) でウィンドウを表示します。</translation>
    </message>
    <message>
        <source>Open the story, save a picture of the window to FILE (PNG) and quit.</source>
        <translation>ストーリーを開き、ウィンドウの画像を FILE (PNG) に保存して終了します。</translation>
    </message>
    <message>
        <source>ryuk-studio: cannot write the screenshot %1.</source>
        <translation>ryuk-studio: スクリーンショット %1 を書き込めません。</translation>
    </message>
    <message>
        <source>After opening the story, select the node NODE and show it at full size.</source>
        <translation>ストーリーを開いたあと、ノード NODE を選択して等倍で表示します。</translation>
    </message>
    <message>
        <source>Show and raise the dock named DOCK (inspectorDock, profilerDock, …).</source>
        <translation>DOCK という名前のドック (inspectorDock、profilerDock など) を表示して前面に出します。</translation>
    </message>
    <message>
        <source>ryuk-studio: there is no dock named %1.</source>
        <translation>ryuk-studio: %1 という名前のドックはありません。</translation>
    </message>
</context>
<context>
    <name>ryuk::FlowDock</name>
    <message>
        <source>Story Flow</source>
        <translation>ストーリーフロー</translation>
    </message>
    <message>
        <source>The scene the flows start from; empty for the selected scene or the story&apos;s start</source>
        <translation>フローの開始シーン。空欄の場合は選択中のシーン、またはストーリーの開始シーン</translation>
    </message>
    <message>
        <source>The most relationships a flow may take</source>
        <translation>1 つのフローがたどる関係の最大数</translation>
    </message>
    <message>
        <source>The most flows listed (shortest first)</source>
        <translation>一覧に表示するフローの最大数 (短い順)</translation>
    </message>
    <message>
        <source>Show flows</source>
        <translation>フローを表示</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear the list and the highlight</source>
        <translation>一覧とハイライトをクリアします</translation>
    </message>
    <message>
        <source>From scene</source>
        <translation>開始シーン</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深さ</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最大件数</translation>
    </message>
    <message>
        <source>scene id</source>
        <translation>シーンの id</translation>
    </message>
    <message>
        <source>This story has no scene to start from.</source>
        <translation>このストーリーには開始できるシーンがありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> → </source>
        <translation> → </translation>
    </message>
    <message>
        <source>
→ </source>
        <translation>
→ </translation>
    </message>
    <message>
        <source>No flows from “%1” within 1 step.</source>
        <translation>「%1」から 1 ステップ以内のフローはありません。</translation>
    </message>
    <message>
        <source>No flows from “%1” within %2 steps.</source>
        <translation>「%1」から %2 ステップ以内のフローはありません。</translation>
    </message>
    <message>
        <source>The first flow from “%1”.</source>
        <translation>「%1」からの最初のフローです。</translation>
    </message>
    <message>
        <source>The first %1 flows from “%2”, shortest first.</source>
        <translation>「%2」からのフローのうち、最初の %1 件です (短い順)。</translation>
    </message>
    <message>
        <source>1 flow from “%1”.</source>
        <translation>「%1」からのフローは 1 件です。</translation>
    </message>
    <message>
        <source>%1 flows from “%2”, shortest first.</source>
        <translation>「%2」からのフローは %1 件です (短い順)。</translation>
    </message>
</context>
<context>
    <name>ryuk::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Select a node or a relationship to see its properties here.</source>
        <translation>ノードまたは関係を選択すると、ここにプロパティが表示されます。</translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter.</source>
        <translation>フィールドから移動するか Ctrl+Enter を押すと保存されます。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>From</source>
        <translation>始点</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終点</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>あらすじ</translation>
    </message>
    <message>
        <source>Start scene</source>
        <translation>開始シーン</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>エンディング</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Causality level</source>
        <translation>因果レベル</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>遷移</translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation>その他のプロパティ</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected properties</source>
        <translation>選択したプロパティを削除します</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>value as JSON</source>
        <translation>JSON 形式の値</translation>
    </message>
    <message>
        <source>Any JSON value: &quot;text&quot;, 3, true, [1, 2], {&quot;a&quot;: 1}</source>
        <translation>任意の JSON 値: &quot;text&quot;, 3, true, [1, 2], {&quot;a&quot;: 1}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>値 (JSON)</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>ノード 1 個</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>ノード %1 個</translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation>関係 1 件</translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation>関係 %1 件</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 を選択中</translation>
    </message>
    <message>
        <source>%1 and %2 selected</source>
        <translation>%1と%2を選択中</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(存在しません)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Not saved: a property needs a name.</source>
        <translation>保存されませんでした: プロパティには名前が必要です。</translation>
    </message>
    <message>
        <source>Not saved: there is already a property named “%1”.</source>
        <translation>保存されませんでした: 「%1」という名前のプロパティは既にあります。</translation>
    </message>
    <message>
        <source>Rename property %1 of %2 to %3</source>
        <translation>%2 のプロパティ %1 の名前を %3 に変更</translation>
    </message>
    <message>
        <source>Not saved: “%1”: %2</source>
        <translation>保存されませんでした: 「%1」: %2</translation>
    </message>
    <message>
        <source>Add property %1 to %2</source>
        <translation>%2 にプロパティ %1 を追加</translation>
    </message>
    <message>
        <source>Select the properties to remove in the table first.</source>
        <translation>削除するプロパティを先に表で選択してください。</translation>
    </message>
    <message>
        <source>Remove property %1 from %2</source>
        <translation>%2 からプロパティ %1 を削除</translation>
    </message>
    <message>
        <source>Remove %1 properties from %2</source>
        <translation>%2 からプロパティ %1 個を削除</translation>
    </message>
</context>
<context>
    <name>ryuk::JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>ryuk::LoadTestPanel</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Query kinds and weights: %1</source>
        <translation>クエリ種別と重み: %1</translation>
    </message>
    <message>
        <source>optional, e.g. 5:2, 10:8, 5:2 (seconds:workers)</source>
        <translation>省略可。例: 5:2, 10:8, 5:2 (秒:ワーカー数)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>ワーカー数:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>実行時間:</translation>
    </message>
    <message>
        <source>Mix:</source>
        <translation>ミックス:</translation>
    </message>
    <message>
        <source>Ramp stages:</source>
        <translation>ランプ段階:</translation>
    </message>
    <message>
        <source>Pass when p95 below:</source>
        <translation>p95 の合格上限:</translation>
    </message>
    <message>
        <source>and failures below:</source>
        <translation>失敗率の合格上限:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>負荷テスト</translation>
    </message>
    <message>
        <source>queries/s</source>
        <translation>クエリ/s</translation>
    </message>
    <message>
        <source>throughput (queries/s)</source>
        <translation>スループット (クエリ/s)</translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation>p95 (ms)</translation>
    </message>
    <message>
        <source>failures (%)</source>
        <translation>失敗率 (%)</translation>
    </message>
    <message>
        <source>ms / %</source>
        <translation>ms / %</translation>
    </message>
    <message>
        <source>the mix takes kind=weight pairs separated by commas: &quot;%1&quot;</source>
        <translation>ミックスは kind=weight の組をカンマで区切って指定してください: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown query kind &quot;%1&quot; in the mix</source>
        <translation>ミックスに不明なクエリ種別 &quot;%1&quot; があります</translation>
    </message>
    <message>
        <source>a ramp stage is seconds:workers, e.g. 5:2: &quot;%1&quot;</source>
        <translation>ランプ段階は 秒:ワーカー数 の形式で指定してください (例: 5:2): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation>開始できませんでした: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>%1 s, %2 workers: %3 queries/s, p95 %4 ms, failures %5 %</source>
        <translation>%1 s、ワーカー数 %2: %3 クエリ/s、p95 %4 ms、失敗率 %5 %</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>実行できませんでした: %1</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>%1: %2 queries in %3 s, %4 queries/s, %5 failures (%6 %), p95 %7 ms</source>
        <translation>%1: %3 s で %2 クエリ、%4 クエリ/s、失敗 %5 件 (%6 %)、p95 %7 ms</translation>
    </message>
    <message>
        <source>(stopped early)</source>
        <translation>(途中で停止)</translation>
    </message>
    <message>
        <source>First failure: %1</source>
        <translation>最初の失敗: %1</translation>
    </message>
</context>
<context>
    <name>ryuk::MainWindow</name>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>すべて(&amp;A)</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>シーン</translation>
    </message>
    <message>
        <source>&amp;Scene</source>
        <translation>シーン(&amp;S)</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>キャラクター</translation>
    </message>
    <message>
        <source>C&amp;haracter</source>
        <translation>キャラクター(&amp;H)</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <source>Ch&amp;oice</source>
        <translation>選択肢(&amp;O)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>イベント(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open a story file</source>
        <translation>ストーリーファイルを開きます</translation>
    </message>
    <message>
        <source>Open a story file (%1)</source>
        <translation>ストーリーファイルを開く (%1)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close the story</source>
        <translation>ストーリーを閉じます</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Ryuk Studio</source>
        <translation>Ryuk Studio を終了します</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Show nodes of every type</source>
        <translation>すべての種類のノードを表示します</translation>
    </message>
    <message>
        <source>Show only nodes of this type</source>
        <translation>この種類のノードだけを表示します</translation>
    </message>
    <message>
        <source>&amp;About Ryuk Studio</source>
        <translation>Ryuk Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Node &amp;Type</source>
        <translation>ノードの種類(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <source>Show only nodes of one type</source>
        <translation>指定した種類のノードだけを表示します</translation>
    </message>
    <message>
        <source>Open a story (%1)</source>
        <translation>ストーリーを開く (%1)</translation>
    </message>
    <message>
        <source>Open Story…</source>
        <translation>ストーリーを開く…</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation>ストーリーを開く</translation>
    </message>
    <message>
        <source>Ryuk Studio could not open “%1”.</source>
        <translation>Ryuk Studio で「%1」を開けませんでした。</translation>
    </message>
    <message>
        <source>Ryuk stories (*.ryuk);;All files (*)</source>
        <translation>Ryuk ストーリー (*.ryuk);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 — Ryuk Studio</source>
        <translation>%1 — Ryuk Studio</translation>
    </message>
    <message>
        <source>Ryuk Studio</source>
        <translation>Ryuk Studio</translation>
    </message>
    <message>
        <source>Nodes: %1 · Relationships: %2</source>
        <translation>ノード: %1 · 関係: %2</translation>
    </message>
    <message>
        <source>Rows loaded: %1 of %2</source>
        <translation>読み込み済みの行: %1 / %2</translation>
    </message>
    <message>
        <source>Could not load nodes: %1</source>
        <translation>ノードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>About Ryuk Studio</source>
        <translation>Ryuk Studio について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ryuk Studio %1&lt;/h3&gt;&lt;p&gt;An editor and profiler for story graphs: scenes, characters, choices and events, and the relationships between them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ryuk Studio %1&lt;/h3&gt;&lt;p&gt;ストーリーグラフのエディター兼プロファイラーです。シーン、キャラクター、選択肢、イベントと、それらの間の関係を扱います。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the nodes and relationships of a file in another format to the open story</source>
        <translation>別の形式のファイルからノードと関係を読み込み、開いているストーリーに追加します</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>format name (extensions)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>or drop a story file (.ryuk) here</source>
        <translation>またはストーリーファイル (.ryuk) をここにドロップ</translation>
    </message>
    <message>
        <source>or a file to import into a new story: %1</source>
        <translation>または新しいストーリーにインポートするファイル: %1</translation>
    </message>
    <message>
        <source>Cancelling the import before closing…</source>
        <translation>閉じる前にインポートをキャンセルしています…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Another import is still running; wait for it to finish or cancel it.</source>
        <translation>別のインポートを実行中です。完了するまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>Open a story to import “%1” into.</source>
        <translation>「%1」のインポート先のストーリーを開いてください。</translation>
    </message>
    <message>
        <source>Making a new story from “%1”…</source>
        <translation>「%1」から新しいストーリーを作成しています…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>「%1」をインポートしています…</translation>
    </message>
    <message>
        <source>Import of “%1” cancelled; the story is unchanged.</source>
        <translation>「%1」のインポートをキャンセルしました。ストーリーは変更されていません。</translation>
    </message>
    <message>
        <source>1 node</source>
        <translation>ノード 1 個</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>ノード %1 個</translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation>関係 1 件</translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation>関係 %1 件</translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3</source>
        <translation>%3 から%1と%2をインポートしました</translation>
    </message>
    <message>
        <source>Ryuk Studio could not import “%1”.</source>
        <translation>Ryuk Studio で「%1」をインポートできませんでした。</translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation>サポートされているすべてのファイル (%1)</translation>
    </message>
    <message>
        <source>Import into Story</source>
        <translation>ストーリーにインポート</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty story</source>
        <translation>新しい空のストーリーを作成します</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>&amp;Story…</source>
        <translation>ストーリー(&amp;S)…</translation>
    </message>
    <message>
        <source>Write the story as JSON, Twee, GraphML or DOT</source>
        <translation>ストーリーを JSON、Twee、GraphML、DOT のいずれかの形式で書き出します</translation>
    </message>
    <message>
        <source>Canvas as &amp;PNG Image…</source>
        <translation>キャンバスの PNG 画像(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the canvas, or the selection, as a PNG image</source>
        <translation>キャンバスまたは選択範囲を PNG 画像として保存します</translation>
    </message>
    <message>
        <source>Canvas as S&amp;VG…</source>
        <translation>キャンバスの SVG 画像(&amp;V)…</translation>
    </message>
    <message>
        <source>Save the canvas, or the selection, as an SVG drawing</source>
        <translation>キャンバスまたは選択範囲を SVG 画像として保存します</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Read the story again from its file (after another program changed it)</source>
        <translation>ストーリーをファイルから読み込み直します (別のプログラムで変更された場合)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Remove the selected nodes and put them on the clipboard</source>
        <translation>選択したノードを削除してクリップボードに入れます</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Put the selected nodes and the relationships among them on the clipboard</source>
        <translation>選択したノードとそれらの間の関係をクリップボードにコピーします</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Add copies of the nodes on the clipboard, with new ids</source>
        <translation>クリップボードのノードのコピーを新しい id で追加します</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Remove the selection, with every relationship of the removed nodes</source>
        <translation>選択した要素を削除します (削除するノードの関係もすべて削除されます)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation>すべてのノードを選択します</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find nodes by id or by any text property</source>
        <translation>id または任意のテキストプロパティでノードを検索します</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next node found</source>
        <translation>見つかった次のノードに移動します</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation>キャンバスを拡大します</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小します</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Show the canvas at 100 %</source>
        <translation>キャンバスを 100 % で表示します</translation>
    </message>
    <message>
        <source>&amp;Fit Story</source>
        <translation>ストーリー全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole story</source>
        <translation>ストーリー全体を表示します</translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation>選択範囲に合わせる(&amp;S)</translation>
    </message>
    <message>
        <source>Show the selected nodes</source>
        <translation>選択したノードを表示します</translation>
    </message>
    <message>
        <source>Relationship &amp;Labels</source>
        <translation>関係のラベル(&amp;L)</translation>
    </message>
    <message>
        <source>Show each relationship&apos;s type and weight on the canvas</source>
        <translation>各関係の種類と重みをキャンバスに表示します</translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation>グリッドにスナップ(&amp;N)</translation>
    </message>
    <message>
        <source>Put moved nodes on a grid</source>
        <translation>移動したノードをグリッドに合わせます</translation>
    </message>
    <message>
        <source>Add &amp;Scene</source>
        <translation>シーンを追加(&amp;S)</translation>
    </message>
    <message>
        <source>Add C&amp;haracter</source>
        <translation>キャラクターを追加(&amp;H)</translation>
    </message>
    <message>
        <source>Add Ch&amp;oice</source>
        <translation>選択肢を追加(&amp;O)</translation>
    </message>
    <message>
        <source>Add &amp;Event</source>
        <translation>イベントを追加(&amp;E)</translation>
    </message>
    <message>
        <source>Add a node of this type in the middle of the view</source>
        <translation>この種類のノードをビューの中央に追加します</translation>
    </message>
    <message>
        <source>Add Node of &amp;Type…</source>
        <translation>種類を指定してノードを追加(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a node of a type of your own</source>
        <translation>独自の種類のノードを追加します</translation>
    </message>
    <message>
        <source>&amp;Connect Selected</source>
        <translation>選択したノードを接続(&amp;C)</translation>
    </message>
    <message>
        <source>Join the two selected nodes with a relationship</source>
        <translation>選択した 2 つのノードを関係で結びます</translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation>自動レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>Arrange the story from top to bottom by chapter (one undo step)</source>
        <translation>ストーリーを章ごとに上から下へ配置します (1 回の操作で元に戻せます)</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Show dead ends, unreachable scenes, loops and other problems</source>
        <translation>行き止まり、到達できないシーン、ループなどの問題を表示します</translation>
    </message>
    <message>
        <source>Story &amp;Flow</source>
        <translation>ストーリーフロー(&amp;F)</translation>
    </message>
    <message>
        <source>List the ways the story can go from a scene</source>
        <translation>シーンからストーリーが進みうる道筋を一覧表示します</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>プレイ(&amp;P)</translation>
    </message>
    <message>
        <source>Walk through the story as a reader would</source>
        <translation>読者と同じようにストーリーをたどります</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation>ドック(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The new language takes effect when Ryuk Studio starts again.</source>
        <translation>新しい言語は Ryuk Studio の再起動後に有効になります。</translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation>グラフ(&amp;G)</translation>
    </message>
    <message>
        <source>Find and Filter</source>
        <translation>検索とフィルター</translation>
    </message>
    <message>
        <source>Find id or text (%1)</source>
        <translation>id またはテキストを検索 (%1)</translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation>章(&amp;H):</translation>
    </message>
    <message>
        <source>Show only the scenes of one chapter</source>
        <translation>指定した章のシーンだけを表示します</translation>
    </message>
    <message>
        <source>New Story…</source>
        <translation>新しいストーリー…</translation>
    </message>
    <message>
        <source>Open the Sample Story</source>
        <translation>サンプルストーリーを開く</translation>
    </message>
    <message>
        <source>Sample Story</source>
        <translation>サンプルストーリー</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>ミニマップ</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Profiler</source>
        <translation>プロファイラー</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <source>Rows of the node table read so far</source>
        <translation>これまでに読み込んだノードテーブルの行数</translation>
    </message>
    <message>
        <source>Another job is still running; wait for it to finish or cancel it.</source>
        <translation>別の処理を実行中です。完了するまで待つか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>%1: could not make the folder for the sample story</source>
        <translation>%1: サンプルストーリー用のフォルダーを作成できませんでした</translation>
    </message>
    <message>
        <source>New Story</source>
        <translation>新しいストーリー</translation>
    </message>
    <message>
        <source>Untitled.ryuk</source>
        <translation>無題.ryuk</translation>
    </message>
    <message>
        <source>Ryuk stories (*.ryuk)</source>
        <translation>Ryuk ストーリー (*.ryuk)</translation>
    </message>
    <message>
        <source>There is no story to export.</source>
        <translation>エクスポートするストーリーがありません。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation>「%1」にエクスポートしています…</translation>
    </message>
    <message>
        <source>Export Story</source>
        <translation>ストーリーのエクスポート</translation>
    </message>
    <message>
        <source>Exported the story to %1</source>
        <translation>ストーリーを %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Export PNG Image</source>
        <translation>PNG 画像のエクスポート</translation>
    </message>
    <message>
        <source>Scale of the selection (1 = 100 %):</source>
        <translation>選択範囲の倍率 (1 = 100 %):</translation>
    </message>
    <message>
        <source>Scale of the whole canvas (1 = 100 %):</source>
        <translation>キャンバス全体の倍率 (1 = 100 %):</translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation>SVG のエクスポート</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Auto Layout</source>
        <translation>自動レイアウト</translation>
    </message>
    <message>
        <source>Arranging the story…</source>
        <translation>ストーリーを配置しています…</translation>
    </message>
    <message>
        <source>Read the story again from its file</source>
        <translation>ストーリーをファイルから読み込み直します</translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation>ノードの追加</translation>
    </message>
    <message>
        <source>Type of the new node:</source>
        <translation>新しいノードの種類:</translation>
    </message>
    <message>
        <source>Select exactly two nodes to connect them.</source>
        <translation>接続するノードをちょうど 2 つ選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation>
            <numerusform>ノード %n 個をコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation>「%1」に一致するノードはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match “%1”.</source>
        <translation>
            <numerusform>「%1」に一致するノードが %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Story Changed Elsewhere</source>
        <translation>ストーリーが別の場所で変更されました</translation>
    </message>
    <message>
        <source>Edit Not Made</source>
        <translation>編集は行われませんでした</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前の変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Here</source>
        <translation>ここに追加(&amp;A)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Selected: %1 nodes, %2 relationships</source>
        <translation>選択: ノード %1 個、関係 %2 件</translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n relationship(s)</source>
        <translation>
            <numerusform>選択: 関係 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n node(s)</source>
        <translation>
            <numerusform>選択: ノード %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードはありません</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>貼り付けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ryuk::MetricsTableModel</name>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Min µs</source>
        <translation>最小 µs</translation>
    </message>
    <message>
        <source>Mean µs</source>
        <translation>平均 µs</translation>
    </message>
    <message>
        <source>P50 µs</source>
        <translation>P50 µs</translation>
    </message>
    <message>
        <source>P95 µs</source>
        <translation>P95 µs</translation>
    </message>
    <message>
        <source>P99 µs</source>
        <translation>P99 µs</translation>
    </message>
    <message>
        <source>Max µs</source>
        <translation>最大 µs</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>ryuk::NodeTableModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Title / Name</source>
        <extracomment>Column header: a Scene&apos;s or Event&apos;s title, a Character&apos;s name or a Choice&apos;s text.</extracomment>
        <translation>タイトル / 名前</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>章</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>順番</translation>
    </message>
    <message>
        <source>X</source>
        <extracomment>Column header: the node&apos;s horizontal position on the canvas.</extracomment>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>Column header: the node&apos;s vertical position on the canvas.</extracomment>
        <translation>Y</translation>
    </message>
</context>
<context>
    <name>ryuk::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Filter by title or id</source>
        <translation>タイトルまたは id で絞り込み</translation>
    </message>
</context>
<context>
    <name>ryuk::OutlineModel</name>
    <message>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation>章なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ryuk::PlanView</name>
    <message>
        <source>Explain</source>
        <translation>プランを表示</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Query kind:</source>
        <translation>クエリ種別:</translation>
    </message>
    <message>
        <source>Open a story to see query plans.</source>
        <translation>クエリプランを表示するには、ストーリーを開いてください。</translation>
    </message>
    <message>
        <source>full table scan</source>
        <translation>テーブル全体のスキャン</translation>
    </message>
    <message>
        <source>SQLite reads every row of the table for this step: no index serves its condition, so the time grows with the story. An index on the filtered columns would let it read only the matching rows.</source>
        <translation>このステップでは、条件に使えるインデックスがないため、SQLite がテーブルのすべての行を読み込みます。そのため、ストーリーが大きくなるほど時間がかかります。絞り込みに使う列にインデックスがあれば、一致する行だけを読み込めます。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) scan a whole table: every row is read. An index on the columns the query filters or sorts by would serve it.</source>
        <translation>
            <numerusform>%n 個のステップがテーブル全体をスキャンし、すべての行を読み込んでいます。クエリの絞り込みや並べ替えに使う列にインデックスがあれば改善できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every step uses an index or a primary key.</source>
        <translation>すべてのステップでインデックスまたは主キーが使われています。</translation>
    </message>
</context>
<context>
    <name>ryuk::PlayDialog</name>
    <message>
        <source>Play: %1</source>
        <translation>プレイ: %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>プレイ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the previous scene (Backspace)</source>
        <translation>前のシーンに戻ります (Backspace)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>Nothing to play</source>
        <translation>プレイできるものがありません</translation>
    </message>
    <message>
        <source>Chapter %1, scene %2</source>
        <translation>第 %1 章、シーン %2</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
    <message>
        <source>(This scene has no summary yet.)</source>
        <translation>(このシーンにはまだあらすじがありません。)</translation>
    </message>
    <message>
        <source>Nobody appears in this scene.</source>
        <translation>このシーンには誰も登場しません。</translation>
    </message>
    <message>
        <source>In this scene: %1</source>
        <translation>このシーンの登場人物: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The end.</source>
        <translation>おわり。</translation>
    </message>
    <message>
        <source>The story stops here: no way on, and the scene is not marked as an ending.</source>
        <translation>ストーリーはここで止まります。進み先がなく、このシーンはエンディングとして設定されていません。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This choice leads nowhere yet.</source>
        <translation>この選択肢にはまだ行き先がありません。</translation>
    </message>
</context>
<context>
    <name>ryuk::ProblemListModel</name>
    <message>
        <source>Dead end</source>
        <translation>行き止まり</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ループ</translation>
    </message>
    <message>
        <source>Dangling choice</source>
        <translation>行き先のない選択肢</translation>
    </message>
    <message>
        <source>Absent character</source>
        <translation>登場しないキャラクター</translation>
    </message>
    <message>
        <source>Sequence goes back</source>
        <translation>順番の逆行</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
</context>
<context>
    <name>ryuk::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Validate the story now</source>
        <translation>今すぐストーリーを検証します</translation>
    </message>
    <message>
        <source>Nothing to fix: no dead ends, unreachable scenes, loops, dangling choices, absent characters or scenes out of sequence.</source>
        <translation>修正が必要な問題はありません。行き止まり、到達できないシーン、ループ、行き先のない選択肢、登場しないキャラクター、順番が前後するシーンはありません。</translation>
    </message>
    <message>
        <source>The story changed. Press Check to validate it again.</source>
        <translation>ストーリーが変更されました。再検証するには「チェック」を押してください。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1 leads nowhere and is not marked as an ending.</source>
        <translation>%1 は行き先がなく、エンディングとして設定されていません。</translation>
    </message>
    <message>
        <source>%1 cannot be reached from the start.</source>
        <translation>%1 には開始シーンから到達できません。</translation>
    </message>
    <message>
        <source>%1 leads to itself.</source>
        <translation>%1 は自分自身につながっています。</translation>
    </message>
    <message>
        <source>%1 nodes lead back to one another, starting with %2.</source>
        <translation>%2 から始まる %1 個のノードが互いに循環しています。</translation>
    </message>
    <message>
        <source>The choice %1 leads nowhere.</source>
        <translation>選択肢 %1 には行き先がありません。</translation>
    </message>
    <message>
        <source>%1 appears in no scene.</source>
        <translation>%1 はどのシーンにも登場しません。</translation>
    </message>
    <message>
        <source>%1 leads to %2, which comes earlier in the same chapter.</source>
        <translation>%1 は、同じ章でより前にある %2 につながっています。</translation>
    </message>
    <message>
        <source>No story open.</source>
        <translation>ストーリーが開かれていません。</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>問題 1 件</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>問題 %1 件</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
</context>
<context>
    <name>ryuk::ProfilerWidget</name>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>クエリ</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>クエリプラン</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>負荷テスト</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Stop following the newest figures (they are still recorded)</source>
        <translation>最新の値への追従を停止します (記録は続きます)</translation>
    </message>
    <message>
        <source>Follow the newest figures again, after a pause or a zoom</source>
        <translation>一時停止やズームの後、再び最新の値に追従します</translation>
    </message>
    <message>
        <source>last minute</source>
        <translation>直近 1 分</translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation>直近 5 分</translation>
    </message>
    <message>
        <source>last 10 minutes</source>
        <translation>直近 10 分</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Metrics as JSON…</source>
        <translation>メトリクス (JSON)…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Metrics as CSV…</source>
        <translation>メトリクス (CSV)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Latency chart as PNG…</source>
        <translation>レイテンシグラフ (PNG)…</translation>
    </message>
    <message>
        <source>Histogram as PNG…</source>
        <translation>ヒストグラム (PNG)…</translation>
    </message>
    <message>
        <source>Memory chart as PNG…</source>
        <translation>メモリグラフ (PNG)…</translation>
    </message>
    <message>
        <source>Load test chart as PNG…</source>
        <translation>負荷テストグラフ (PNG)…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Latency, p95 per query kind</source>
        <translation>レイテンシ (クエリ種別ごとの p95)</translation>
    </message>
    <message>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation>レイテンシのヒストグラム</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>常駐</translation>
    </message>
    <message>
        <source>peak resident</source>
        <translation>常駐のピーク</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>85 % warning</source>
        <translation>85 % 警告</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>上限:</translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation>セッション全体</translation>
    </message>
    <message numerus="yes">
        <source>Last %n second(s)</source>
        <translation>
            <numerusform>直近 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Forget every recorded query</source>
        <translation>記録したクエリをすべて消去します</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>At</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Full-scan steps</source>
        <translation>フルスキャンのステップ</translation>
    </message>
    <message>
        <source>Sorts</source>
        <translation>ソート</translation>
    </message>
    <message>
        <source>Auto indexes</source>
        <translation>自動インデックス</translation>
    </message>
    <message>
        <source>VM steps</source>
        <translation>VM ステップ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>ステートメント</translation>
    </message>
    <message>
        <source>The selected slow query&apos;s statement, with its parameters</source>
        <translation>選択した低速クエリのステートメントとパラメーター</translation>
    </message>
    <message>
        <source>Figures over:</source>
        <translation>集計期間:</translation>
    </message>
    <message>
        <source>Slow queries, at least:</source>
        <translation>低速クエリのしきい値:</translation>
    </message>
    <message>
        <source>Latency histogram: %1</source>
        <translation>レイテンシのヒストグラム: %1</translation>
    </message>
    <message>
        <source>queries</source>
        <translation>クエリ数</translation>
    </message>
    <message>
        <source>Memory use (%1 MB) is over the budget of %2 MB</source>
        <translation>メモリ使用量 (%1 MB) が上限の %2 MB を超えています</translation>
    </message>
    <message>
        <source>Memory use (%1 MB) passed 85 % of the budget of %2 MB</source>
        <translation>メモリ使用量 (%1 MB) が上限 %2 MB の 85 % を超えました</translation>
    </message>
</context>
<context>
    <name>ryuk::StoryCanvas</name>
    <message>
        <source>Move nodes</source>
        <translation>ノードを移動</translation>
    </message>
    <message>
        <source>Nudge nodes</source>
        <translation>ノードを少しずつ移動</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation>エクスポートするものがありません。</translation>
    </message>
    <message>
        <source>The export scale must be greater than 0.</source>
        <translation>エクスポートの倍率は 0 より大きい値にしてください。</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; at most %3 pixels per side can be exported. Choose a smaller scale.</source>
        <translation>画像が %1 × %2 ピクセルになります。エクスポートできるのは 1 辺 %3 ピクセルまでです。より小さい倍率を選んでください。</translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation>%1 × %2 ピクセルの画像に必要なメモリが足りません。</translation>
    </message>
    <message>
        <source>Cannot write the image: %1</source>
        <translation>画像を書き込めません: %1</translation>
    </message>
    <message>
        <source>A story graph exported from Ryuk Studio</source>
        <translation>Ryuk Studio からエクスポートしたストーリーグラフ</translation>
    </message>
    <message>
        <source>Cannot write the SVG file.</source>
        <translation>SVG ファイルを書き込めません。</translation>
    </message>
</context>
<context>
    <name>ryuk::StoryDocument</name>
    <message>
        <source>%1 was changed by another program or window since it was opened here. Reload it (File ▸ Reload) before editing; your change was not written.</source>
        <translation>%1 は、ここで開いた後に別のプログラムまたはウィンドウで変更されました。編集する前に再読み込み (ファイル ▸ 再読み込み) してください。今回の変更は書き込まれていません。</translation>
    </message>
    <message>
        <source>New scene</source>
        <translation>新しいシーン</translation>
    </message>
    <message>
        <source>New character</source>
        <translation>新しいキャラクター</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>新しい選択肢</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新しいイベント</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>新しい %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 を %2 に接続</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <source>Change properties of %1</source>
        <translation>%1 のプロパティを変更</translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のノードはありません</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>ノード %n 個を移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>ノード %n 個を貼り付け</numerusform>
        </translation>
    </message>
    <message>
        <source>the node is gone</source>
        <translation>ノードが存在しなくなりました</translation>
    </message>
    <message>
        <source>the relationship is gone</source>
        <translation>関係が存在しなくなりました</translation>
    </message>
</context>
<context>
    <name>ryuk::StoryJob</name>
    <message>
        <source>unexpected failure</source>
        <translation>予期しないエラー</translation>
    </message>
</context>
<context>
    <name>ryuk::TimeChart</name>
    <message>
        <source>seconds before now</source>
        <translation>現在からさかのぼった秒数</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>seconds before the pause</source>
        <translation>一時停止時点からさかのぼった秒数</translation>
    </message>
</context>
</TS>
