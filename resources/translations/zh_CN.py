#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Accord developers
"""Fills accord_zh_CN.ts from the dictionary below (run after lupdate). Fails when a string is missing,
so the shipped translation stays complete."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    'now': '现在',
    'Resolution capped at %1-bit / %2 kHz for this tier': '此会员等级的音质上限为 %1 位 / %2 kHz',
    ' (sublicence of %1)': '（%1 的分许可）',
    'mono': '单声道', 'stereo': '立体声', '%1 ch': '%1 声道', 'float': '浮点', '%1-bit': '%1 位',
    'Playable': '可播放', 'Preview 0:30': '试听 0:30', 'Playable (capped)': '可播放（音质受限）',
    'Blocked': '不可播放', 'Unidentified': '未识别', 'Not checked yet': '尚未检查',
    'All tracks (%1)': '全部曲目（%1）', 'Unknown': '未知',
    'Artists': '艺术家', 'Albums': '专辑', 'Genres': '流派', 'Library browser': '音乐库浏览',
    'Tracks': '曲目', 'Your library is empty': '音乐库是空的',
    'Add a music folder, drop files here, or try the demo library: a few generated tracks and a demo catalogue that shows every licence verdict.':
        '添加音乐文件夹、把文件拖到这里，或者试试演示音乐库：几首生成的曲目和一份演示版权目录，涵盖每一种授权结果。',
    'Try the demo library': '试用演示音乐库', 'Add music folder…': '添加音乐文件夹…',
    'Play': '播放', 'Add to queue': '加入播放队列', "Why can't I play this?": '为什么不能播放？',
    'Personal files the catalogue does not know may play': '目录中没有的个人文件可以播放',
    'Personal files the catalogue does not know may not play': '目录中没有的个人文件不能播放',
    'Scan finished: %1 files, %2 added, %3 updated, %4 removed, %5 unreadable':
        '扫描完成：%1 个文件，新增 %2，更新 %3，移除 %4，无法读取 %5',
    'ISRC tag (%1)': 'ISRC 标签（%1）',
    'catalogue id tag (%1)': '目录编号标签（%1）',
    'audio fingerprint: recording %1 (%2% confidence)': '音频指纹：录音 %1（置信度 %2%）',
    'title and artist: recording %1 (%2% confidence)': '标题和艺术家：录音 %1（置信度 %2%）',
    'not identified: no ISRC tag, no catalogue match': '未识别：没有 ISRC 标签，目录中无匹配',
    'not identified: ISRC %1 is not in the catalogue': '未识别：目录中没有 ISRC %1',
    'Accord': 'Accord', 'Filter: title, artist, album, alias…': '筛选：标题、艺术家、专辑、别名…',
    'Filter': '筛选', 'Settings': '设置', 'Queue': '播放队列', 'Clear': '清空',
    'Remove every track from the queue': '移除队列中的所有曲目',
    '&File': '文件(&F)', '&Add Music Folder…': '添加音乐文件夹(&A)…', '&Open Files…': '打开文件(&O)…',
    'Add files to the queue': '将文件加入播放队列',
    'Audio (*.flac *.mp3 *.ogg *.opus *.wav *.aiff *.aif)': '音频 (*.flac *.mp3 *.ogg *.opus *.wav *.aiff *.aif)',
    '&Quit': '退出(&Q)', '&Playback': '播放(&P)', 'Play / Pause': '播放 / 暂停', 'Stop': '停止',
    'Next': '下一首', 'Previous': '上一首', 'Seek Forward 10 s': '快进 10 秒', 'Seek Back 10 s': '快退 10 秒',
    'Volume Up': '增大音量', 'Volume Down': '减小音量', 'Shuffle Queue': '随机排列队列',
    'Remove From Queue': '从队列中移除', '&View': '查看(&V)', 'Find': '查找',
    "Why Can't I Play This?": '为什么不能播放？', '&Tools': '工具(&T)', '&Settings…': '设置(&S)…',
    'Load &Demo Library': '载入演示音乐库(&D)', '&Help': '帮助(&H)', '&About Accord': '关于 Accord(&A)',
    'About Accord': '关于 Accord',
    '<b>Accord</b><br>A gapless, bit-perfect music player that explains every licence decision.<br>GPL-3.0-or-later.':
        '<b>Accord</b><br>无缝、比特级精确的音乐播放器，并解释每一个授权决定。<br>GPL-3.0-or-later。',
    'Unreadable files': '无法读取的文件', '%n file(s) could not be read.': '%n 个文件无法读取。',
    'Library is empty': '音乐库为空', '%n track(s)': '%n 首曲目', '%n hour(s)': '%n 小时',
    'Scanning: %1 of %2 files': '正在扫描：%1 / %2 个文件', '%n unreadable': '%n 个无法读取',
    'QA MODE — availability shown for %1': '测试模式 — 显示的是以下条件下的可用性：%1',
    'empty': '空', 'Add a music folder': '添加音乐文件夹',
    'source': '音源', 'no processing': '无处理', '%1 (device)': '%1（设备）', 'output': '输出',
    'Bit-perfect': '比特精确', 'Capped': '音质受限',
    'Signal path: source format, processing, output device format': '信号路径：音源格式、处理、输出设备格式',
    'Preview %1': '试听 %1', 'Nothing playing': '未在播放',
    'Double-click a track or drop files here': '双击曲目或把文件拖到这里',
    'Play queue': '播放队列', 'Position': '播放位置',
    'ISO 3166-1 alpha-2 country code': 'ISO 3166-1 两位国家/地区代码',
    'Free': '免费', 'VIP': 'VIP', 'SVIP (hi-res)': 'SVIP（高解析度）',
    'Desktop': '桌面', 'Car': '车载', 'TV': '电视',
    'Library': '音乐库', 'Playback': '播放', 'Account': '账户', 'QA mode': '测试模式', 'Language': '语言',
    'Add…': '添加…', 'Remove': '移除',
    'Accord scans these folders and watches them for changes.': 'Accord 会扫描这些文件夹并监视其中的变化。',
    'System default': '系统默认', 'Test tone': '测试音', 'Resample everything to': '全部重采样为',
    '%1 Hz': '%1 Hz', 'Off (bit-perfect)': '关闭（比特精确）', 'Track gain': '单曲增益', 'Album gain': '专辑增益',
    'Prevent clipping using the peak': '根据峰值防止削波', 'Output device:': '输出设备：', 'Fixed rate:': '固定采样率：',
    'Fixed-rate output keeps playback gapless across sample rates, but it is not bit-perfect.':
        '固定采样率输出能在不同采样率之间保持无缝播放，但不再是比特精确。',
    'ReplayGain:': '回放增益：', 'Set by the catalogue (none loaded)': '由版权目录决定（尚未载入目录）',
    'The licence catalogue sets this; it cannot be changed here.': '此项由版权目录设定，不能在这里修改。',
    'Territory:': '国家/地区：', 'Subscription tier:': '会员等级：', 'Device class:': '设备类型：',
    'Personal files:': '个人文件：',
    'Preview availability as another listener (QA mode)': '以其他听众身份预览可用性（测试模式）',
    'Use the current time': '使用当前时间', 'Tier:': '等级：', 'Date and time:': '日期和时间：',
    "While QA mode is on, the whole library's availability is decided for this context, and an orange bar says so.":
        '测试模式开启时，整个音乐库的可用性都按这里的条件判断，窗口顶部会显示橙色提示条。',
    'System language': '系统语言', 'Language:': '语言：', 'Takes effect the next time Accord starts.': '下次启动 Accord 时生效。',
    'Title': '标题', 'Artist': '艺术家', 'Album': '专辑', '#': '#', 'Year': '年份', 'Genre': '流派',
    'Length': '时长', 'Format': '格式', 'File': '文件',
    'Shuffle the queue': '随机排列队列', 'Repeat: off': '循环：关', 'Mute': '静音',
    'Volume (100% is bit-perfect)': '音量（100% 为比特精确）', 'Volume': '音量', 'Pause': '暂停',
    'Repeat: all': '循环：全部', 'Repeat: one': '循环：单曲',
    'Skipped %1: %2': '已跳过 %1：%2', 'Library loaded in %1 ms': '音乐库已载入，用时 %1 毫秒',
    'Show Accord': '显示 Accord', 'Quit': '退出',
    'Reasons:': '原因：', 'Deals considered': '参考的授权协议', 'none': '无', 'Valid until': '有效期至',
    'no scheduled change': '没有已知的变更时间', 'Identified by': '识别方式', 'not identified': '未识别',
    'Checked for': '判断条件', 'Close': '关闭', 'About “%1”': '关于“%1”',
    "Why can't I play “%1”?": '为什么不能播放“%1”？',
    'Licensed': '已获授权', 'Purchased': '已购买', 'No licence in the catalogue': '目录中没有授权协议',
    'Not licensed in this territory': '此国家/地区未获授权', 'Licence not started yet': '授权尚未生效',
    'Licence ended': '授权已结束', 'Sublicence outside its parent licence': '分许可超出上级授权范围',
    'Parent licence lapsed': '上级授权已失效', 'A higher subscription tier is required': '需要更高的会员等级',
    'No tier offers this commercial model': '没有会员等级提供此商业模式',
    'This device class is not in your tier': '您的会员等级不包括此类设备', 'Only a preview is licensed': '仅授权试听',
    'The licence grants no playback': '授权不包括播放', 'Taken down': '已下架',
    'Taken down; still playable during the transition': '已下架，过渡期内仍可播放', 'Hi-res requires SVIP': '高解析度需要 SVIP',
    'Unidentified personal file: allowed': '未识别的个人文件：允许播放',
    'Unidentified personal file: not allowed': '未识别的个人文件：不允许播放',
    'The window changes language as soon as you apply.': '点击“应用”后，窗口立即切换语言。',
    'Keep playing in the tray when the window is closed': '关闭窗口后在系统托盘中继续播放',
    'Keep Accord running?': '让 Accord 继续运行？',
    'Accord can keep playing in the tray with its window closed; click the tray icon to bring the window back.':
        'Accord 可以在窗口关闭后留在系统托盘中继续播放；点击托盘图标即可重新打开窗口。',
    'Keep running in the tray': '在托盘中继续运行', 'Quit Accord': '退出 Accord',
    'FREE': '免费', 'desktop': '桌面', 'car': '车载', 'tv': '电视',
    'The licence catalogue could not be read': '无法读取版权目录',
    'Not licensed here and now': '此时此地未获授权', 'not licensed here and now': '此时此地未获授权',
    'The file could not be decoded': '文件无法解码', 'The file is missing': '文件不存在',
    'Unsupported audio format': '不支持的音频格式',
    'Licensed in %1 until %2 (deal %3)': '已在 %1 获得授权，有效期至 %2（协议 %3）',
    'Licensed in %1 (deal %2)': '已在 %1 获得授权（协议 %2）',
    'Purchased %1': '已于 %1 购买',
    'No licence for this recording': '此录音没有授权', 'No licence for %1': '在 %1 没有授权',
    'Licence starts %1': '授权自 %1 起生效', 'Licence ended %1': '授权已于 %1 结束',
    'Sublicence %1 lapsed: its parent deal is gone': '分许可 %1 已失效：其上级协议已不存在',
    'Parent licence %1 starts %2': '上级授权 %1 自 %2 起生效',
    'Parent licence %1 ended %2': '上级授权 %1 已于 %2 结束',
    'Sublicence %1 does not reach %2 (parent %3)': '分许可 %1 不覆盖 %2（上级协议 %3）',
    'Only a %1 s preview is licensed (deal %2)': '仅授权 %1 秒试听（协议 %2）',
    'Deal %1 grants no playback use': '协议 %1 不包括播放权',
    '%1 required (%2)': '需要 %1（%2）',
    'Licensed only under %1, which no tier includes': '仅以 %1 授权，没有会员等级包含此模式',
    '%1 required on %2': '在%2设备上需要 %1', 'No tier covers %1': '没有会员等级包括%1设备',
    'Taken down %1, notice %2': '已于 %1 下架，通知 %2', 'Taken down %1': '已于 %1 下架',
    'Taken down %1, notice %2; plays until %3 (transition period)': '已于 %1 下架，通知 %2；过渡期内可播放至 %3',
    'Taken down %1; plays until %2 (transition period)': '已于 %1 下架；过渡期内可播放至 %2',
    '%1 required for hi-res': '高解析度需要 %1',
    "Unidentified personal file: allowed by the catalogue's policy": '未识别的个人文件：版权目录的规则允许播放',
    "Unidentified files may not play under this catalogue's policy": '按此版权目录的规则，未识别的文件不能播放',
    'The licence catalogue could not be read: %1': '无法读取版权目录：%1',
    '&Rescan Music Folders': '重新扫描音乐文件夹(&R)', 'Run &Scenario…': '运行场景(&S)…',
    'Clear the queue': '清空播放队列', 'error': '错误', 'fixtures (no check ran)': '测试数据（未运行检查）',
    'passed': '通过', 'failed': '失败', 'unasserted': '未断言', 'Result': '结果', 'Scenario': '场景',
    'Check': '检查', 'Context': '情境', 'Expected vs actual': '预期与实际', 'Run Scenario': '运行场景',
    'Open Report': '打开报告', 'Load Context into QA Mode': '将情境载入 QA 模式', '%1 of %2 checks': '%1 / %2 项检查',
    'Scenario: %1': '场景：%1', 'Reading the scenario…': '正在读取场景…',
    'The scenario could not be read: %1': '无法读取场景：%1',
    '%1 passed, %2 failed, %3 unasserted': '%1 项通过，%2 项失败，%3 项未断言',
    'No music folders to rescan: add one first': '没有可重新扫描的音乐文件夹：请先添加一个',
    'Run a QA scenario': '运行 QA 场景', 'Accord scenarios (*.toml)': 'Accord 场景 (*.toml)',
    # Playlists (issue 16)
    '%n missing': '%n 首缺失',
    'Delete': '删除',
    'Export…': '导出…',
    'New playlist': '新建播放列表',
    'Playlists': '播放列表',
    'Rename…': '重命名…',
    'Move down': '下移',
    'Move up': '上移',
    'Play from here': '从这里播放',
    'Playlist items': '播放列表曲目',
    'Remove from playlist': '从播放列表中移除',
    '&Add Selected Tracks To': '将所选曲目添加到(&A)',
    '&Delete Playlist': '删除播放列表(&D)',
    '&Export Playlist…': '导出播放列表(&E)…',
    '&Import Playlist…': '导入播放列表(&I)…',
    '&New Playlist…': '新建播放列表(&N)…',
    '&Rename Playlist…': '重命名播放列表(&R)…',
    '&Save Queue as Playlist…': '将播放队列保存为播放列表(&S)…',
    'Added %n track(s) to the playlist.': '已将 %n 首曲目添加到播放列表。',
    'Choose a playlist to export first.': '请先选择要导出的播放列表。',
    'Export Playlist': '导出播放列表',
    'Exported the playlist to %1.': '已将播放列表导出到 %1。',
    'Import Playlist': '导入播放列表',
    'Imported “%1”: %n entry(s)': '已导入“%1”：%n 个条目',
    'New Playlist': '新建播放列表',
    'New Playlist…': '新建播放列表…',
    'Nothing in this playlist can play here.': '此播放列表中没有可在此处播放的曲目。',
    'P&laylists': '播放列表(&L)',
    'Playlist name:': '播放列表名称：',
    'Playlist: %1': '播放列表：%1',
    'Playlists (*.m3u8 *.m3u *.pls *.xspf)': '播放列表 (*.m3u8 *.m3u *.pls *.xspf)',
    'Rename Playlist': '重命名播放列表',
    'Save Queue as Playlist': '将播放队列保存为播放列表',
    'Saved the queue as “%1” (%n track(s)).': '已将播放队列保存为“%1”（%n 首曲目）。',
    'Missing: %1': '缺失：%1',
    'Time': '时长',
}

def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        tr = message.find('translation')
        text = ZH.get(source)
        if text is None:
            missing.append(source)
            continue
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        if message.get('numerus') == 'yes':
            tr.text = None
            form = ET.SubElement(tr, 'numerusform')
            form.text = text
        else:
            tr.text = text
    if missing:
        sys.exit('untranslated: ' + repr(missing))
    tree.write(path, encoding='utf-8', xml_declaration=True)

main(sys.argv[1])
